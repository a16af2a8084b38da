package io.shixiao.servicelevel.clock;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
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
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import java.time.Instant;
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
        report(branch, CaseType.CLAIM, caseId, Milestone.CLAIM_REPORTED, at("2026-03-02T09:00:00"));
    }

    private void report(OrgUnitView unit, CaseType type, String id, Milestone milestone, Instant at) {
        serviceClocks.report(ReportMilestone.of(
                new CaseRef(type, unit.insurerId(), id),
                milestone,
                at,
                CaseOwner.unit(unit.id()),
                CaseFacts.of(ProductLine.MOTOR)));
    }

    private UUID clockId() {
        return serviceClocks
                .clocksOf(new CaseRef(CaseType.CLAIM, branch.insurerId(), caseId))
                .get(0)
                .id();
    }

    /** A milestone as a client system sends it. */
    private static String milestone(String caseId, String milestone, String at, long orgUnitId) {
        return """
            {"caseType":"CLAIM","caseId":"%s","milestone":"%s","at":"%s","owner":{"orgUnitId":%d},
             "facts":{"productLine":"MOTOR"}}""".formatted(caseId, milestone, at, orgUnitId);
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
    void aMilestoneWithAnAmountThatIsNoNumberIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X2","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "owner":{"orgUnitId":%d},"facts":{"amount":"lots"}}""".formatted(branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facts.amount"));
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
    void aCaseIsOwnedByAnExistingUnitWhosePathIsLookedUpNotTakenFromTheClient() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(milestone("X5", "CLAIM_REPORTED", "2026-03-02T01:00:00Z", 987654)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner.orgUnitId"));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X6","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "owner":{"orgUnitId":%d,"orgPath":"%s77/"},"facts":{"productLine":"MOTOR"}}""".formatted(branch.id(), branch.path())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[0].orgPath").value(branch.path()));
    }

    @Test
    void anUnknownMilestoneAndAMisspeltFactAreRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(milestone("X7", "CLAIM_REPORTD", "2026-03-02T01:00:00Z", branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestone"));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X8","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "owner":{"orgUnitId":%d},"facts":{"facts":["LIABILITY_CLAER"]}}""".formatted(branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facts.facts[0]"));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"COMPLAINT","caseId":"X9","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "owner":{"orgUnitId":%d}}""".formatted(branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestone"));
    }

    @Test
    void aCaseIdOutsideTheGrammarIsRefusedAndCannotBreakALink() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(milestone("../../../../x", "CLAIM_REPORTED", "2026-03-02T01:00:00Z", branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(milestone("{x}", "CLAIM_REPORTED", "2026-03-02T01:00:00Z", branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
    }

    @Test
    void oneInsurersCaseIdNeverMeetsAnothersAndAnswersNoOracle() throws Exception {
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ-HZ-XH").orElseThrow();
        String shared = "SHARED-" + UUID.randomUUID();
        report(hengtai, CaseType.CLAIM, shared, Milestone.CLAIM_REPORTED, at("2026-03-02T09:00:00"));
        // 安澜 reports the same id: it is 安澜's own case, not 恒泰's, and the answer tells nothing of 恒泰's.
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(milestone(shared, "CUSTOMER_CONTACTED", "2026-03-02T01:00:00Z", branch.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(false))
                .andExpect(jsonPath("$.clocks.length()").value(0))
                .andExpect(jsonPath("$.ignored.length()").value(0));
        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/{id}/clocks", shared)
                        .with(TestUser.managerOf(hengtai).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("RUNNING"))
                .andExpect(jsonPath("$[0].standardCode").value("ZJ-DISPATCH"));
    }

    @Test
    void aStartMilestoneForAnotherBranchIsRefused() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(TestUser.managerOf(sibling).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"caseType":"CLAIM","caseId":"X4","milestone":"CLAIM_REPORTED","at":"2026-03-02T01:00:00Z",
                 "owner":{"orgUnitId":%d}}""".formatted(branch.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner.orgUnitId"));
    }

    @Test
    void aMilestoneIsReportedThroughTheApiOnceAndAudited() throws Exception {
        String body = milestone("API-" + caseId, "CLAIM_REPORTED", "2026-03-02T01:00:00Z", branch.id());
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
    void aComplaintClockIsExtendedAsTheRegulationSaysTheSecondTimeOnlyByAnApproverAndWithNotice() throws Exception {
        String complaint = "CP-" + UUID.randomUUID();
        report(branch, CaseType.COMPLAINT, complaint, Milestone.COMPLAINT_RECEIVED, at("2026-03-02T09:00:00"));
        UUID id = serviceClocks.clocksOf(new CaseRef(CaseType.COMPLAINT, branch.insurerId(), complaint)).stream()
                .filter(c -> c.standardCode().equals("CPL-18"))
                .findFirst()
                .orElseThrow()
                .id();
        clock.set(at("2026-03-05T09:00:00"));
        String path = "/api/v1/service-levels/clocks/{id}/extensions";
        mvc.perform(post(path, id)
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerNotified\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        // 投诉办法第十八条: 情况复杂的可以延长至30日 — the handler's own decision, no approval, no notice required.
        mvc.perform(post(path, id)
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况复杂\",\"customerNotified\":false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline")
                        .value(Instant.parse("2026-04-01T16:00:00Z").toString()));
        // 再延长30日 needs senior approval and notice to the complainant.
        mvc.perform(post(path, id)
                        .with(TestUser.handlerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况特别复杂\",\"customerNotified\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path, id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况特别复杂\",\"customerNotified\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerNotifiedAt"));
        mvc.perform(post(path, id)
                        .with(TestUser.managerOf(branch).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"情况特别复杂\",\"customerNotified\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline")
                        .value(Instant.parse("2026-05-01T16:00:00Z").toString()));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and action = 'EXTEND'")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
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
    void complianceCountsMetAndBreachedClocksPerStandardAndBranchAndTheMembersAssociationSeesThem() throws Exception {
        OrgUnitView shaoxing = organization.unitByCode("HENGTAI-ZJ-SX").orElseThrow();
        String met = "M-" + UUID.randomUUID();
        String late = "L-" + UUID.randomUUID();
        clock.set(at("2025-01-06T09:00:00"));
        report(shaoxing, CaseType.CLAIM, met, Milestone.CLAIM_REPORTED, at("2025-01-06T09:00:00"));
        clock.set(at("2025-01-06T09:02:00"));
        report(shaoxing, CaseType.CLAIM, met, Milestone.SURVEYOR_DISPATCHED, at("2025-01-06T09:02:00"));
        clock.set(at("2025-01-06T10:00:00"));
        report(shaoxing, CaseType.CLAIM, late, Milestone.CLAIM_REPORTED, at("2025-01-06T10:00:00"));
        clock.set(at("2025-01-06T10:10:00"));
        report(shaoxing, CaseType.CLAIM, late, Milestone.SURVEYOR_DISPATCHED, at("2025-01-06T10:10:00"));
        String query = "/api/v1/service-levels/compliance?from=2025-01-01&to=2025-01-31&period=week&orgUnit="
                + shaoxing.id() + "&standard=ZJ-DISPATCH";
        mvc.perform(get(query).with(TestUser.association(zhejiangAssociation()).signedIn()))
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

    private long zhejiangAssociation() {
        return organization.associationIdByCode("ZJIA").orElseThrow();
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
