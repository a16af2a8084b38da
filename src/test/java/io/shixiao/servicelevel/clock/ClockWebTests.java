package io.shixiao.servicelevel.clock;

import static io.shixiao.servicelevel.clock.ClockFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.ServiceClocks;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class ClockWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceClocks serviceClocks;

    @Autowired
    BreachSweep breachSweep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    private String caseId;
    private OrgUnitView branch;
    private OrgUnitView sibling;

    /** The demo 西湖支公司 and its sibling 萧山营销服务部, both under 杭州中心支公司. */
    @BeforeEach
    void aDispatchClockInTheXihuBranch() {
        branch = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        sibling = organization.unitByCode("ANLAN-ZJ-HZ-XS").orElseThrow();
        clock.set(at("2026-03-02T09:00:00"));
        caseId = "W-" + UUID.randomUUID();
        serviceClocks.report(
                new MilestoneReported("CLAIM", caseId, "CLAIM_REPORTED", at("2026-03-02T09:00:00"), owner()));
    }

    private Map<String, String> owner() {
        return Map.of(
                MilestoneReported.INSURER_ID,
                String.valueOf(branch.insurerId()),
                MilestoneReported.ORG_UNIT_ID,
                String.valueOf(branch.id()),
                MilestoneReported.ORG_PATH,
                branch.path());
    }

    private UUID clockId() {
        return serviceClocks.clocksOf("CLAIM", caseId).get(0).id();
    }

    @Test
    void aMilestoneWithoutCaseTypeAndTimeIsRefusedNamingBothFields() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":\"X1\",\"milestone\":\"CLAIM_REPORTED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("caseType")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("at")));
    }

    @Test
    void aMilestoneWithAnAmountThatIsNoNumberIsRefusedNamingTheAttribute() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X2","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "attributes":{"amount":"lots","orgUnitId":"%d"}}""".formatted(branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.amount"));
    }

    @Test
    void aMilestoneWithAMalformedTimeIsRefusedNamingTheField() throws Exception {
        mvc.perform(
                        post("/api/v1/service-levels/milestones")
                                .with(TestUser.handlerOf(branch).signedIn())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"caseType\":\"CLAIM\",\"caseId\":\"X3\",\"milestone\":\"CLAIM_REPORTED\",\"at\":\"yesterday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
    }

    @Test
    void aCaseIsOwnedByAnExistingUnitWhosePathTheClientCannotInvent() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X5","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "attributes":{"orgUnitId":"987654"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.orgUnitId"));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X6","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "attributes":{"orgUnitId":"%d","orgPath":"%s77/"}}""".formatted(branch.id(), branch.path())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.orgPath"));
    }

    @Test
    void aStartMilestoneForAnotherBranchIsRefused() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(sibling).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X4","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "attributes":{"orgUnitId":"%d"}}""".formatted(branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.orgUnitId"));
    }

    @Test
    void aMilestoneIsReportedThroughTheApiOnceAndAudited() throws Exception {
        String body = """
        {"caseType":"CLAIM","caseId":"API-%s","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
         "attributes":{"orgUnitId":"%d"}}""".formatted(caseId, branch.id());
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(false))
                .andExpect(jsonPath("$.clocks[0].standardCode").value("ZJ-DISPATCH"));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'REPORT_MILESTONE'")
                        .param("id", "CLAIM/API-" + caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theClocksOfACaseAreShownWithinTheBranchSubtree() throws Exception {
        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/{id}/clocks", caseId)
                        .with(TestUser.handlerOf(branch).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("RUNNING"));
    }

    @Test
    void theClocksOfACaseOfAnotherBranchAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/{id}/clocks", caseId)
                        .with(TestUser.managerOf(sibling).signedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("ZJ-DISPATCH"))));
    }

    @Test
    void theAssociationSeesNoIndividualClock() throws Exception {
        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/{id}/clocks", caseId)
                        .with(TestUser.association().signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/service-levels/cases/CLAIM/{id}", caseId)
                        .with(TestUser.association().signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCasePageOfAnotherBranchIsNotFound() throws Exception {
        mvc.perform(get("/service-levels/cases/CLAIM/{id}", caseId)
                        .with(TestUser.managerOf(sibling).signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCasePageShowsTheTimeline() throws Exception {
        mvc.perform(get("/service-levels/cases/CLAIM/{id}", caseId)
                        .with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开始计时")));
    }

    @Test
    void aClockOfAnotherBranchCannotBeAcknowledged() throws Exception {
        mvc.perform(post("/api/v1/service-levels/clocks/{id}/acknowledgement", clockId())
                        .with(TestUser.managerOf(sibling).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerAcknowledgesABreachWithAReasonAndItIsAudited() throws Exception {
        clock.set(at("2026-03-02T09:06:00"));
        breachSweep.sweep();
        UUID id = clockId();
        mvc.perform(post("/api/v1/service-levels/clocks/{id}/acknowledgement", id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/service-levels/clocks/{id}/acknowledgement", id)
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"暴雨\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/service-levels/clocks/{id}/acknowledgement", id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"暴雨\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breachReason").value("暴雨"));
        mvc.perform(post("/api/v1/service-levels/clocks/{id}/acknowledgement", id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'ACKNOWLEDGE_BREACH'")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aComplaintClockIsExtendedOnlyByItsApproverAndOnlyWithNotice() throws Exception {
        String complaint = "CP-" + UUID.randomUUID();
        serviceClocks.report(new MilestoneReported(
                "COMPLAINT", complaint, "COMPLAINT_RECEIVED", at("2026-03-02T09:00:00"), owner()));
        UUID id = serviceClocks.clocksOf("COMPLAINT", complaint).get(0).id();
        clock.set(at("2026-03-05T09:00:00"));
        String path = "/api/v1/service-levels/clocks/{id}/extensions";
        mvc.perform(post(path, id)
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况复杂\",\"customerNotified\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path, id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况复杂\",\"customerNotified\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerNotified"));
        mvc.perform(post(path, id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerNotified\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(path, id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况复杂\",\"customerNotified\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline")
                        .value(Instant.parse("2026-04-01T16:00:00Z").toString()));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'EXTEND'")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void complianceQueriesNameTheirBadParameters() throws Exception {
        mvc.perform(get("/api/v1/service-levels/compliance?from=2026-03-01&to=2026-03-31&period=year")
                        .with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(get("/api/v1/service-levels/compliance?from=2026-03-31&to=2026-03-01")
                        .with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/service-levels/compliance?from=March&to=2026-03-01")
                        .with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/service-levels/compliance?to=2026-03-01")
                        .with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void complianceCountsMetAndBreachedClocksPerStandardAndBranchAndTheAssociationSeesThem() throws Exception {
        String met = "M-" + UUID.randomUUID();
        Map<String, String> branch77 = Map.of(
                MilestoneReported.INSURER_ID,
                "2",
                MilestoneReported.ORG_UNIT_ID,
                "77",
                MilestoneReported.ORG_PATH,
                "/2/77/");
        serviceClocks.report(
                new MilestoneReported("CLAIM", met, "CLAIM_REPORTED", at("2025-01-06T09:00:00"), branch77));
        serviceClocks.report(
                new MilestoneReported("CLAIM", met, "SURVEYOR_DISPATCHED", at("2025-01-06T09:02:00"), branch77));
        String late = "L-" + UUID.randomUUID();
        serviceClocks.report(
                new MilestoneReported("CLAIM", late, "CLAIM_REPORTED", at("2025-01-06T10:00:00"), branch77));
        serviceClocks.report(
                new MilestoneReported("CLAIM", late, "SURVEYOR_DISPATCHED", at("2025-01-06T10:10:00"), branch77));
        String query = "/api/v1/service-levels/compliance?from=2025-01-01&to=2025-01-31&period=week&orgUnit=77";
        mvc.perform(get(query).with(TestUser.association().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].standardCode").value("ZJ-DISPATCH"))
                .andExpect(jsonPath("$[0].period").value("2025-01-06"))
                .andExpect(jsonPath("$[0].count").value(2))
                .andExpect(jsonPath("$[0].met").value(1))
                .andExpect(jsonPath("$[0].breached").value(1))
                .andExpect(jsonPath("$[0].onTimeRate").value(0.5))
                .andExpect(jsonPath("$[0].p50ElapsedSeconds").value(360.0));
        mvc.perform(get(query).with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theMonitorShowsTheBranchesClocksAndTheAssociationOnlyCounts() throws Exception {
        mvc.perform(get("/service-levels/monitor")
                        .with(TestUser.managerOf(branch).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caseId)))
                .andExpect(content().string(containsString("hx-trigger=\"every 5s\"")));
        mvc.perform(get("/service-levels/monitor/board")
                        .with(TestUser.managerOf(sibling).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(caseId))));
        mvc.perform(get("/service-levels/monitor").with(TestUser.association().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(caseId))))
                .andExpect(content().string(containsString("汇总")));
    }

    @Test
    void theCompliancePageDrawsItsChart() throws Exception {
        mvc.perform(get("/service-levels/compliance?from=2025-01-01&to=2025-12-31&period=month")
                        .with(TestUser.admin().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-chart=\"{")))
                .andExpect(content().string(containsString("/js/charts.js")));
    }
}
