package io.shixiao.claims;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.ReportClaim;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Seeds C08 (浙江规范第七章 2.3.4: a customer who insists on an on-site survey gets one; only the claims head excuses it,
 * on 不可抗力、异地出险等特殊情况) and C07 (2.3.7: rescue only with the customer's consent, a fee the customer pays told
 * before the rescue is ordered) on PostgreSQL.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class SurveyAndRescueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClaimHandling handling;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PolicyRepository policies;

    @Autowired
    MutableClock clock;

    private TestUser agent;
    private TestUser dispatcher;
    private TestUser surveyor;
    private TestUser manager;
    private TestUser hengtai;
    private String claimNo;

    @BeforeEach
    void aClaimJustReported() {
        OrgUnitView zhejiang = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        OrgUnitView other = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        DataScope scope = DataScope.subtree(zhejiang.insurerId(), zhejiang.id(), zhejiang.path());
        agent = new TestUser(51, "s.agent", "s.agent", Set.of(Role.AGENT), scope);
        dispatcher = new TestUser(52, "s.dispatcher", "s.dispatcher", Set.of(Role.DISPATCHER), scope);
        surveyor = new TestUser(53, "s.surveyor", "s.surveyor", Set.of(Role.SURVEYOR), scope);
        manager = new TestUser(54, "s.manager", "s.manager", Set.of(Role.MANAGER), scope);
        hengtai = new TestUser(
                55,
                "s.hengtai",
                "s.hengtai",
                Set.of(Role.MANAGER),
                DataScope.subtree(other.insurerId(), other.id(), other.path()));
        clock.set(Instant.parse("2026-09-30T01:00:00Z"));
        String policyNo = ClaimTestPolicies.motorPolicy(policies, xihu, LocalDate.of(2026, 1, 1));
        claimNo = handling.report(
                        new ReportClaim(
                                policyNo,
                                ClaimKind.MOTOR_OWN_DAMAGE,
                                clock.instant().minus(Duration.ofMinutes(20)),
                                "330106",
                                "杭州市西湖区文三路100号",
                                null,
                                "刮擦，车辆无法移动",
                                false,
                                false,
                                new BigDecimal("800"),
                                "李四",
                                "13812345678",
                                null,
                                null),
                        agent,
                        null)
                .claimNo();
    }

    private ResultActions call(String path, TestUser user, String body) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        return mvc.perform(post("/api/v1/claims/" + claimNo + path)
                .with(user.signedIn())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void anInsistedSiteSurveyCannotBeSkippedUntilTheClaimsHeadExcusesItOnAGroundOfTheClause() throws Exception {
        call("/site-survey-insistence", agent, "{\"note\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        call("/site-survey-insistence", agent, "{\"note\":\"客户坚持要求查勘员到现场\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.insistedBy").value("s.agent"))
                .andExpect(jsonPath("$.excusedBy").doesNotExist());
        call("/no-site-survey", dispatcher, "{\"reason\":\"小额案件，照片定损\"}")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("客户坚持要求现场查勘")));
        // only the claims head excuses it, and only on a ground of 2.3.4 with a reason
        call("/site-survey-insistence/excuse", dispatcher, "{\"ground\":\"FORCE_MAJEURE\",\"reason\":\"台风\"}")
                .andExpect(status().isForbidden());
        call("/site-survey-insistence/excuse", manager, "{\"ground\":\"OUT_OF_AREA\",\"reason\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call("/site-survey-insistence/excuse", manager, "{\"ground\":\"CONVENIENCE\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        call("/site-survey-insistence/excuse", hengtai, "{\"ground\":\"FORCE_MAJEURE\",\"reason\":\"台风\"}")
                .andExpect(status().isNotFound());
        call("/site-survey-insistence/excuse", manager, "{\"ground\":\"FORCE_MAJEURE\",\"reason\":\"台风封路，无法到达现场\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excusedGround").value("FORCE_MAJEURE"))
                .andExpect(jsonPath("$.excusedBy").value("s.manager"));
        call("/no-site-survey", dispatcher, "{\"reason\":\"台风封路，照片定损\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SURVEYED"));
        // the survey is decided: nothing more to insist on
        call("/site-survey-insistence", agent, "{\"note\":\"again\"}").andExpect(status().isConflict());
    }

    @Test
    void withoutAnInsistenceTheSiteSurveyIsSkippedAsBefore() throws Exception {
        mvc.perform(get("/api/v1/claims/" + claimNo + "/site-survey-insistence").with(dispatcher.signedIn()))
                .andExpect(status().isNotFound());
        call("/no-site-survey", dispatcher, "{\"reason\":\"小额案件，照片定损\"}").andExpect(status().isOk());
    }

    @Test
    void aRescueNeedsTheCustomersConsentAndAFeeTheCustomerPaysIsToldBeforeItIsOrdered() throws Exception {
        call("/rescue/order", surveyor, "{\"provider\":\"西湖道路救援\",\"customerConsented\":false,\"customerPays\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerConsented"));
        call("/rescue/order", surveyor, "{\"provider\":\"西湖道路救援\",\"customerConsented\":true,\"customerPays\":true}")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("事先向客户说明")));
        call("/rescue/fee-disclosure", surveyor, "{\"provider\":\"西湖道路救援\",\"fee\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fee"));
        call("/rescue/fee-disclosure", surveyor, "{\"provider\":\"西湖道路救援\",\"fee\":300}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fee").value(300.0))
                .andExpect(jsonPath("$.feeDisclosedBy").value("s.surveyor"))
                .andExpect(jsonPath("$.orderedAt").doesNotExist());
        call("/rescue/order", surveyor, "{\"customerConsented\":true,\"customerPays\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provider").value("西湖道路救援"))
                .andExpect(jsonPath("$.customerPays").value(true))
                .andExpect(jsonPath("$.orderedBy").value("s.surveyor"));
        // the fee told stays as it was once the rescue is ordered
        call("/rescue/fee-disclosure", surveyor, "{\"provider\":\"西湖道路救援\",\"fee\":500}")
                .andExpect(status().isConflict());
        call("/rescue/order", surveyor, "{\"customerConsented\":true,\"customerPays\":true}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/claims/" + claimNo + "/rescue").with(hengtai.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFreeRescueIsOrderedWithConsentAloneButNotChargedAfterBeingToldItWasFree() throws Exception {
        call("/rescue/fee-disclosure", surveyor, "{\"provider\":\"保险公司免费拖车\",\"fee\":0}")
                .andExpect(status().isOk());
        call("/rescue/order", surveyor, "{\"customerConsented\":true,\"customerPays\":true}")
                .andExpect(status().isConflict());
        call("/rescue/order", surveyor, "{\"customerConsented\":true,\"customerPays\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerPays").value(false));
    }

    @Test
    void theScenePageRecordsAndShowsWhatTheCustomerAskedFor() throws Exception {
        mvc.perform(post("/claims/" + claimNo + "/scene/insist")
                        .with(surveyor.signedIn())
                        .with(csrf())
                        .param("note", "客户要求查勘员到场"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/claims/" + claimNo + "/scene/fee")
                        .with(surveyor.signedIn())
                        .with(csrf())
                        .param("provider", "西湖道路救援")
                        .param("fee", "200"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/claims/" + claimNo + "/scene/order")
                        .with(surveyor.signedIn())
                        .with(csrf())
                        .param("provider", "西湖道路救援")
                        .param("customerPays", "true")
                        .param("customerConsented", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/claims/" + claimNo + "/scene").with(manager.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("客户要求查勘员到场")))
                .andExpect(content().string(containsString("未免除：须现场查勘")))
                .andExpect(content().string(containsString("西湖道路救援")))
                .andExpect(content().string(containsString("免除现场查勘")));
        mvc.perform(get("/api/v1/claims/" + claimNo + "/rescue").with(surveyor.signedIn()))
                .andExpect(jsonPath("$.fee").value(200.0))
                .andExpect(jsonPath("$.customerPays").value(true))
                .andExpect(jsonPath("$.orderedBy").value("s.surveyor"));
    }
}
