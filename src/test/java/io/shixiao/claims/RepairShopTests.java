package io.shixiao.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.RepairShops;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seed C06 (浙江规范第七章 2.3.8 「公司不得指定修理厂或配件供应商,但可向客户推荐具有机动车辆维修管理部门核定的具有二类以上维修资质的
 * 修理厂。」) on PostgreSQL: shops as each insurer's audited data, a recommendation of 二类以上 shops in the accident's
 * city only, the free-choice statement, and the customer's own choice recorded (never a designation).
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class RepairShopTests {

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

    @Autowired
    JdbcClient jdbc;

    private TestUser manager;
    private TestUser handler;
    private TestUser agent;
    private TestUser hengtaiManager;
    private String claimNo;

    @BeforeEach
    void anlansStaffAndAClaimInXihu() {
        OrgUnitView zhejiang = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        DataScope scope = DataScope.subtree(zhejiang.insurerId(), zhejiang.id(), zhejiang.path());
        manager = new TestUser(41, "r.manager", "r.manager", Set.of(Role.MANAGER), scope);
        handler = new TestUser(42, "r.handler", "r.handler", Set.of(Role.CLAIMS_HANDLER), scope);
        agent = new TestUser(43, "r.agent", "r.agent", Set.of(Role.AGENT), scope);
        hengtaiManager = new TestUser(
                44,
                "r.hengtai",
                "r.hengtai",
                Set.of(Role.MANAGER),
                DataScope.subtree(hengtai.insurerId(), hengtai.id(), hengtai.path()));
        clock.set(Instant.parse("2026-09-30T01:00:00Z"));
        String policyNo = ClaimTestPolicies.motorPolicy(policies, xihu, LocalDate.of(2026, 1, 1));
        claimNo = handling.report(
                        new ReportClaim(
                                policyNo,
                                ClaimKind.MOTOR_OWN_DAMAGE,
                                clock.instant().minus(Duration.ofMinutes(30)),
                                "330106",
                                "杭州市西湖区文三路100号",
                                null,
                                "追尾，前部受损",
                                false,
                                false,
                                new BigDecimal("3500"),
                                "张三",
                                "13812345678",
                                null,
                                null),
                        agent,
                        null)
                .claimNo();
    }

    private String shop(TestUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/repair-shops")
                        .with(user.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aRecommendationListsOnlyClassOneAndTwoShopsInTheAccidentsCityAndSaysTheCustomerChoosesFreely()
            throws Exception {
        String stamp = Long.toString(System.nanoTime() % 1_000_000);
        shop(
                manager,
                "{\"name\":\"一类厂" + stamp
                        + "\",\"divisionCode\":\"330106\",\"qualificationClass\":1,\"contact\":\"0571-1\"}");
        shop(
                manager,
                "{\"name\":\"二类厂" + stamp
                        + "\",\"divisionCode\":\"330109\",\"qualificationClass\":2,\"contact\":\"0571-2\"}");
        shop(
                manager,
                "{\"name\":\"三类厂" + stamp
                        + "\",\"divisionCode\":\"330106\",\"qualificationClass\":3,\"contact\":\"0571-3\"}");
        shop(
                manager,
                "{\"name\":\"绍兴厂" + stamp
                        + "\",\"divisionCode\":\"330602\",\"qualificationClass\":1,\"contact\":\"0575-1\"}");
        shop(
                hengtaiManager,
                "{\"name\":\"恒泰厂" + stamp
                        + "\",\"divisionCode\":\"330106\",\"qualificationClass\":1,\"contact\":\"0571-9\"}");

        mvc.perform(get("/api/v1/claims/{no}/repair-shops", claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statement").value(RepairShops.FREE_CHOICE))
                .andExpect(jsonPath("$.statement", containsString("自主选择任何修理厂")))
                .andExpect(jsonPath("$.shops[*].name", hasItem("一类厂" + stamp)))
                .andExpect(jsonPath("$.shops[*].name", hasItem("二类厂" + stamp)))
                // the demo's shops of 杭州 are there too, but never a 三类 shop, another city's or another insurer's
                .andExpect(jsonPath("$.shops[*].name", hasItem("杭州西湖汽车修理厂")))
                .andExpect(jsonPath("$.shops[*].name", not(hasItem("三类厂" + stamp))))
                .andExpect(jsonPath("$.shops[*].name", not(hasItem("西湖快修店"))))
                .andExpect(jsonPath("$.shops[*].name", not(hasItem("绍兴厂" + stamp))))
                .andExpect(jsonPath("$.shops[*].name", not(hasItem("恒泰厂" + stamp))))
                .andExpect(jsonPath("$.shops[*].qualificationClass", everyItem(lessThanOrEqualTo(2))))
                .andExpect(jsonPath("$.shops[*].divisionCode", everyItem(startsWith("3301"))))
                // the accident's own county first
                .andExpect(jsonPath("$.shops[0].divisionCode").value("330106"))
                .andExpect(jsonPath("$.choice").doesNotExist());
        mvc.perform(get("/claims/{no}/repair", claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(RepairShops.FREE_CHOICE)))
                .andExpect(content().string(not(containsString("三类厂" + stamp))));
    }

    @Test
    void theClaimRecordsTheCustomersOwnChoiceOnlyOnceToldTheyMayChooseAnyShop() throws Exception {
        String choice = "/api/v1/claims/{no}/repair-choice";
        mvc.perform(post(choice, claimNo)
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shopName\":\"客户自家附近的修理厂\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toldFreeChoice"));
        // any shop, listed or not, of any class: the customer's choice
        mvc.perform(post(choice, claimNo)
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shopName\":\"客户自家附近的修理厂\",\"toldFreeChoice\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.choice.shopName").value("客户自家附近的修理厂"))
                .andExpect(jsonPath("$.choice.shopId").doesNotExist())
                .andExpect(jsonPath("$.choice.recordedBy").value("r.handler"));
        long thirdClass = jdbc.sql("select id from repair_shop where insurer_id = :i and name = '西湖快修店'")
                .param("i", manager.dataScope().insurerId())
                .query(Long.class)
                .single();
        mvc.perform(post(choice, claimNo)
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shopId\":" + thirdClass + ",\"toldFreeChoice\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.choice.shopName").value("西湖快修店"));
        assertThat(jdbc.sql("select summary from audit_entry where action = 'REPAIR_CHOICE' and entity_id = :no"
                                + " order by id desc limit 1")
                        .param("no", claimNo)
                        .query(String.class)
                        .single())
                .isEqualTo("客户自选修理厂：西湖快修店（原为 客户自家附近的修理厂）");
        // another insurer's staff do not see the claim
        mvc.perform(post(choice, claimNo)
                        .with(hengtaiManager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shopName\":\"x\",\"toldFreeChoice\":true}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void shopsAreKeptByManagersAsAuditedDataWithTheirQualificationClass() throws Exception {
        String name = "维修厂" + System.nanoTime() % 1_000_000;
        String created = shop(
                manager,
                "{\"name\":\"" + name
                        + "\",\"divisionCode\":\"330106\",\"qualificationClass\":2,\"contact\":\"0571-5\"}");
        int id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/repair-shops")
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"divisionCode\":\"33\",\"qualificationClass\":4,\"contact\":\"c\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("divisionCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("qualificationClass")));
        mvc.perform(
                        post("/api/v1/repair-shops")
                                .with(handler.signedIn())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"y\",\"divisionCode\":\"330106\",\"qualificationClass\":1,\"contact\":\"c\"}"))
                .andExpect(status().isForbidden());
        // downgraded to 三类: kept, no longer recommended
        mvc.perform(
                        put("/api/v1/repair-shops/{id}", id)
                                .with(manager.signedIn())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"" + name
                                                + "\",\"divisionCode\":\"330106\",\"qualificationClass\":3,\"contact\":\"0571-5\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualificationClass").value(3))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(
                        put("/api/v1/repair-shops/{id}", id)
                                .with(manager.signedIn())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"" + name
                                                + "\",\"divisionCode\":\"330106\",\"qualificationClass\":1,\"contact\":\"0571-5\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(
                        put("/api/v1/repair-shops/{id}", id)
                                .with(hengtaiManager.signedIn())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\":\"z\",\"divisionCode\":\"330106\",\"qualificationClass\":1,\"contact\":\"c\",\"version\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/claims/{no}/repair-shops", claimNo).with(handler.signedIn()))
                .andExpect(jsonPath("$.shops[*].name", not(hasItem(name))));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'repair_shop' and entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(get("/repair-shops").with(manager.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
    }
}
