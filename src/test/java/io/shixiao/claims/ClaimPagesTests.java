package io.shixiao.claims;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The claims pages render in Chinese for each role and take a report from the hotline form. */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class ClaimPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PolicyRepository policies;

    @Test
    void anAgentReportsFromTheHotlinePageAndEveryRoleSeesItsPage() throws Exception {
        clock.set(Instant.parse("2026-09-30T01:00:00Z"));
        OrgUnitView zhejiang = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        DataScope scope = DataScope.subtree(zhejiang.insurerId(), zhejiang.id(), zhejiang.path());
        TestUser agent = new TestUser(31, "p.agent", "坐席", Set.of(Role.AGENT), scope);
        String policyNo = ClaimTestPolicies.motorPolicy(policies, xihu, LocalDate.of(2026, 1, 1));
        mvc.perform(get("/claims/report").param("q", policyNo).with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(policyNo)));
        String location = mvc.perform(post("/claims/report")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("policyNo", policyNo)
                        .param("kind", "MOTOR_OWN_DAMAGE")
                        .param("lossAt", "2026-09-30T08:40")
                        .param("lossDivision", "330106")
                        .param("lossAddress", "文三路100号")
                        .param("cause", "追尾")
                        .param("estimate", "3000")
                        .param("reporterName", "张三")
                        .param("reporterMobile", "13812345678"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/claims/CLM*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post("/claims/report")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("policyNo", policyNo)
                        .param("lossAt", "2027-09-30T08:40"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        for (Role role : new Role[] {Role.AGENT, Role.DISPATCHER, Role.SURVEYOR, Role.CLAIMS_HANDLER, Role.MANAGER}) {
            TestUser user = new TestUser(32, "p." + role, role.chineseName(), Set.of(role), scope);
            mvc.perform(get(location).with(user.signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("ZJ-DISPATCH")));
            mvc.perform(get("/claims").with(user.signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(location.substring("/claims/".length()))));
        }
        TestUser dispatcher = new TestUser(33, "p.dispatcher", "调度", Set.of(Role.DISPATCHER), scope);
        mvc.perform(get("/claims/board").with(dispatcher.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-deadline")));
        mvc.perform(get(location).with(dispatcher.signedIn()))
                .andExpect(content().string(containsString("surveyorId")));
        TestUser surveyor = new TestUser(34, "p.surveyor", "查勘", Set.of(Role.SURVEYOR), scope);
        mvc.perform(get("/claims/tasks").with(surveyor.signedIn())).andExpect(status().isOk());
        mvc.perform(get(location + "/survey").with(surveyor.signedIn())).andExpect(status().isOk());
    }
}
