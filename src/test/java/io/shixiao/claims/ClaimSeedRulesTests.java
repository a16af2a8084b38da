package io.shixiao.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.claims.application.ClaimClocks;
import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.ClaimView;
import io.shixiao.claims.application.ReportClaim;
import io.shixiao.claims.application.StepCommand;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.DocumentChecklist;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.ServiceStage;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * The seeds' claim rules (seed-time-limits.md §4.1) on the real engine and outbox: the customer is told the
 * procedure once the accident is verified (C09, 浙江规范第七章 2.3.5) and the decision (C15, 保险法第二十三条第一款),
 * by SMS in the step's transaction; a re-dispatch (改派) hands the clocks over without restarting them; the
 * parties' agreement on a disputed assessment is recorded (C11, 浙江规范第七章 2.4.4); a reopened claim whose
 * new agreement leaves nothing to pay closes from AGREED.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class ClaimSeedRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClaimHandling handling;

    @Autowired
    ClaimClocks clocks;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PolicyRepository policies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ForbiddenPhrases phrases;

    private TestUser agent;
    private TestUser dispatcher;
    private TestUser surveyor;
    private TestUser assessor;
    private TestUser reviewer;
    private TestUser handler;
    private TestUser manager;
    private long surveyorId;
    private String policyNo;

    @BeforeEach
    void anlansZhejiangStaffAndAMotorPolicy() {
        OrgUnitView zhejiang = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        DataScope scope = DataScope.subtree(zhejiang.insurerId(), zhejiang.id(), zhejiang.path());
        agent = user(51, "i.agent", Role.AGENT, scope);
        dispatcher = user(52, "i.dispatcher", Role.DISPATCHER, scope);
        surveyor = user(53, "i.surveyor", Role.SURVEYOR, scope);
        assessor = user(54, "i.assessor", Role.ASSESSOR, scope);
        reviewer = user(55, "i.reviewer", Role.ASSESSOR, scope);
        handler = user(56, "i.handler", Role.CLAIMS_HANDLER, scope);
        manager = user(57, "i.manager", Role.MANAGER, scope);
        surveyorId =
                organization.activeStaffWithRole(Role.SURVEYOR, scope).get(0).id();
        clock.set(Instant.parse("2026-09-30T01:00:00Z"));
        policyNo = ClaimTestPolicies.motorPolicy(policies, xihu, LocalDate.of(2026, 1, 1));
    }

    private static TestUser user(long id, String name, Role role, DataScope scope) {
        return new TestUser(id, name, name, Set.of(role), scope);
    }

    private ClaimView step(String claimNo, ClaimStep step, StepCommand command, TestUser user) {
        clock.advance(Duration.ofMinutes(2));
        return handling.step(claimNo, step, command, user, null);
    }

    private static StepCommand command(
            @org.jspecify.annotations.Nullable Long surveyor,
            @org.jspecify.annotations.Nullable String notes,
            @org.jspecify.annotations.Nullable List<StepCommand.AssessedItem> items,
            @org.jspecify.annotations.Nullable Set<DocumentItem> documents,
            @org.jspecify.annotations.Nullable String reason,
            @org.jspecify.annotations.Nullable BigDecimal share) {
        return new StepCommand(
                null, null, surveyor, null, notes, items, documents, reason, share, null, null, null, null, null);
    }

    private String reported() {
        return handling.report(
                        new ReportClaim(
                                policyNo,
                                ClaimKind.MOTOR_OWN_DAMAGE,
                                clock.instant().minus(Duration.ofMinutes(30)),
                                "330106",
                                "杭州市西湖区文三路100号",
                                "30.2741,120.1551",
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

    /** Surveyed on site, assessed at 3,500 and reviewed, every document in hand. */
    private void surveyedAndDocumented(String claimNo) {
        step(claimNo, ClaimStep.DISPATCH, command(surveyorId, null, null, null, null, null), dispatcher);
        step(claimNo, ClaimStep.CONTACT, StepCommand.now(), surveyor);
        step(claimNo, ClaimStep.ARRIVAL, StepCommand.now(), surveyor);
        step(claimNo, ClaimStep.SURVEY_REPORT, command(null, "前保险杠破损", null, null, null, null), surveyor);
        step(
                claimNo,
                ClaimStep.ASSESSMENT,
                command(
                        null,
                        null,
                        List.of(new StepCommand.AssessedItem(
                                LossCategory.OWN_VEHICLE, "前保险杠更换", new BigDecimal("3500"), true)),
                        null,
                        null,
                        null),
                assessor);
        step(claimNo, ClaimStep.ASSESSMENT_REVIEW, StepCommand.now(), reviewer);
        step(
                claimNo,
                ClaimStep.APPLICATION,
                command(null, null, null, Set.of(DocumentItem.ID_DOCUMENT), null, null),
                handler);
        step(
                claimNo,
                ClaimStep.DOCUMENTS,
                command(null, null, null, DocumentChecklist.required(ClaimKind.MOTOR_OWN_DAMAGE), null, null),
                handler);
    }

    private List<Sms> outbox(String claimNo) {
        return jdbc.sql("""
                select template_code, body from notification_outbox where source_ref = :ref order by id""").param("ref", "CLAIM/" + claimNo).query(Sms.class).list();
    }

    record Sms(String templateCode, String body) {}

    private List<Sms> sent(String claimNo, String template) {
        List<Sms> sent = outbox(claimNo).stream()
                .filter(s -> s.templateCode().equals(template))
                .toList();
        for (Sms sms : sent) {
            assertThat(phrases.check(sms.body(), ServiceStage.GENERAL).passed())
                    .as("forbidden phrase check of %s", sms.body())
                    .isTrue();
        }
        return sent;
    }

    /** C15, 保险法第二十三条第一款: the approved decision is told to the customer with the amount, not before. */
    @Test
    void theApprovedDecisionIsToldToTheCustomerWithItsAmount() {
        String claimNo = reported();
        surveyedAndDocumented(claimNo);
        step(claimNo, ClaimStep.ADJUSTMENT, command(null, null, null, null, null, BigDecimal.ONE), handler);
        // The adjuster's figure is not yet the insurer's decision: nothing goes out before the approval.
        assertThat(sent(claimNo, "CLAIM_DECIDED")).isEmpty();
        step(claimNo, ClaimStep.APPROVAL, StepCommand.now(), manager);

        // 3,500 assessed, full liability, 500 deductible: 3,000 decided.
        assertThat(sent(claimNo, "CLAIM_DECIDED"))
                .extracting(Sms::body)
                .containsExactly("【安澜财险】您的赔案" + claimNo + "经核定属于保险责任，核定赔款金额3000.00元。" + "我们将与您联系签订赔付协议，如有疑问请致电95501。");
    }

    /** C09, 浙江规范第七章 2.3.5: the survey report tells the customer the documents and the steps, once. */
    @Test
    void theSurveyReportTellsTheCustomerTheDocumentsAndTheStepsOnce() {
        String claimNo = reported();
        step(claimNo, ClaimStep.DISPATCH, command(surveyorId, null, null, null, null, null), dispatcher);
        step(claimNo, ClaimStep.CONTACT, StepCommand.now(), surveyor);
        step(claimNo, ClaimStep.ARRIVAL, StepCommand.now(), surveyor);
        assertThat(sent(claimNo, "CLAIM_PROCEDURE")).isEmpty();
        step(claimNo, ClaimStep.SURVEY_REPORT, command(null, "前保险杠破损", null, null, null, null), surveyor);
        assertThat(sent(claimNo, "CLAIM_PROCEDURE"))
                .extracting(Sms::body)
                .containsExactly(ClaimEndToEndTests.procedure(claimNo));
        assertThat(outbox(claimNo))
                .extracting(Sms::templateCode)
                .containsExactly("CLAIM_REPORT_ACK", "CLAIM_PROCEDURE");
    }

    /** A claim surveyed from photos is verified too: the same message, and still one after a reopening. */
    @Test
    void aSurveyWithoutSiteVisitTellsItTooAndAReopeningDoesNotRepeatIt() {
        String claimNo = reported();
        step(claimNo, ClaimStep.NO_SITE_SURVEY, command(null, null, null, null, "照片查勘", null), dispatcher);
        step(
                claimNo,
                ClaimStep.DENIAL,
                new StepCommand(null, null, null, null, null, null, null, null, null, null, null, null, "酒后驾驶", "第九条"),
                handler);
        step(claimNo, ClaimStep.DENIAL_NOTICE, StepCommand.now(), handler);
        step(claimNo, ClaimStep.REOPEN, command(null, null, null, null, "复核后认定属于保险责任", null), manager);
        assertThat(sent(claimNo, "CLAIM_PROCEDURE"))
                .extracting(Sms::body)
                .containsExactly(ClaimEndToEndTests.procedure(claimNo));
    }

    /**
     * 改派 hands the case over without restarting the clocks: ZJ-CONTACT (5 minutes from the first dispatch,
     * 浙江规范第七章 2.3.3) and ZJ-ARRIVE-URBAN (30 minutes from the report, 2.3.9) keep their deadlines and change
     * assignee; the reason is required, on the timeline and in the audit.
     */
    @Test
    void aRedispatchHandsTheCaseOverWithTheClocksStillRunning() throws Exception {
        String claimNo = reported();
        long other = organization
                .activeStaffWithRole(Role.SURVEYOR, dispatcher.dataScope())
                .get(1)
                .id();
        ClaimView first =
                step(claimNo, ClaimStep.DISPATCH, command(surveyorId, null, null, null, null, null), dispatcher);
        ClockView contact = clockOf(first, "ZJ-CONTACT");
        ClockView arrival = clockOf(first, "ZJ-ARRIVE-URBAN");
        assertThat(contact.assigneeId()).isEqualTo(surveyorId);

        mvc.perform(post("/api/v1/claims/" + claimNo + "/dispatch")
                        .with(dispatcher.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"surveyorId\":" + other + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        mvc.perform(post("/api/v1/claims/" + claimNo + "/dispatch")
                        .with(dispatcher.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"surveyorId\":" + surveyorId + ",\"reason\":\"同一人\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("surveyorId")));

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(post("/claims/" + claimNo + "/steps/dispatch")
                        .with(dispatcher.signedIn())
                        .with(csrf())
                        .param("surveyorId", String.valueOf(other))
                        .param("reason", "原查勘员车辆故障"))
                .andExpect(status().is3xxRedirection());

        ClaimView handedOver = handling.get(claimNo, dispatcher.dataScope());
        assertThat(handedOver.status()).isEqualTo(ClaimStatus.DISPATCHED);
        assertThat(handedOver.timeline().get(handedOver.timeline().size() - 1).note())
                .isEqualTo("surveyor " + other + ": 原查勘员车辆故障");
        for (ClockView before : List.of(contact, arrival)) {
            ClockView after = clockOf(handedOver, before.standardCode());
            assertThat(after.deadline()).isEqualTo(before.deadline());
            assertThat(after.startedAt()).isEqualTo(before.startedAt());
            assertThat(after.state()).isEqualTo(ClockState.RUNNING);
            assertThat(after.assigneeId()).isEqualTo(other);
        }
        assertThat(jdbc.sql("select summary from audit_entry where action = 'DISPATCH' and entity_id = ? order by id")
                        .param(claimNo)
                        .query(String.class)
                        .list())
                .last()
                .asString()
                .contains("原查勘员车辆故障");
        mvc.perform(get("/claims/" + claimNo).with(dispatcher.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("原查勘员车辆故障")))
                .andExpect(content().string(containsString("改派原因")));
    }

    private ClockView clockOf(ClaimView claim, String standard) {
        return clocks.deadlinesOf(claim.insurerId(), claim.claimNo()).clocks().stream()
                .filter(c -> c.standardCode().equals(standard))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + standard));
    }

    /**
     * C11, 浙江规范第七章 2.4.4: the parties agree a re-survey time or a joint assessment with a loss adjuster or
     * expert; recorded by API or the page form, audited, on the timeline; a disputed assessment is made again.
     */
    @Test
    void aDisputedAssessmentIsSettledByAnAgreedResurveyOrAJointAssessment() throws Exception {
        String claimNo = reported();
        step(claimNo, ClaimStep.NO_SITE_SURVEY, command(null, null, null, null, "照片查勘", null), dispatcher);
        step(
                claimNo,
                ClaimStep.ASSESSMENT,
                command(
                        null,
                        null,
                        List.of(new StepCommand.AssessedItem(
                                LossCategory.OWN_VEHICLE, "前保险杠修复", new BigDecimal("800"), true)),
                        null,
                        null,
                        null),
                assessor);

        for (String[] bad : new String[][] {
            {"{\"dispute\":{\"disagreement\":\"更换还是修复\"}}", "dispute.resolution"},
            {"{\"dispute\":{\"resolution\":\"RESURVEY\",\"disagreement\":\"更换还是修复\"}}", "dispute.resurveyAt"},
            {"{\"dispute\":{\"resolution\":\"LOSS_ADJUSTER\",\"disagreement\":\"更换还是修复\"}}", "dispute.jointAssessor"},
            {"{\"dispute\":{\"resolution\":\"EXPERT\",\"jointAssessor\":\"王工\"}}", "dispute.disagreement"}
        }) {
            mvc.perform(post("/api/v1/claims/" + claimNo + "/assessment-dispute")
                            .with(assessor.signedIn())
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem(bad[1])));
        }
        mvc.perform(
                        post("/api/v1/claims/" + claimNo + "/assessment-dispute")
                                .with(handler.signedIn())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"dispute\":{\"resolution\":\"EXPERT\",\"disagreement\":\"x\",\"jointAssessor\":\"y\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/claims/" + claimNo).with(assessor.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-step=\"ASSESSMENT_DISPUTE\"")))
                .andExpect(content().string(containsString("name=\"jointAssessor\"")));

        // The customer wants the bumper replaced, the assessor repaired: a joint assessment with a loss adjuster.
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(post("/claims/" + claimNo + "/steps/assessment-dispute")
                        .with(assessor.signedIn())
                        .with(csrf())
                        .param("disputeResolution", "LOSS_ADJUSTER")
                        .param("disagreement", "前保险杠更换还是修复")
                        .param("jointAssessor", "浙江某某保险公估有限公司"))
                .andExpect(status().is3xxRedirection());
        ClaimView agreed = handling.get(claimNo, assessor.dataScope());
        assertThat(agreed.status()).isEqualTo(ClaimStatus.SURVEYED);
        ClaimView.Step last = agreed.timeline().get(agreed.timeline().size() - 1);
        assertThat(last.step()).isEqualTo(ClaimStep.ASSESSMENT_DISPUTE);
        assertThat(last.note()).isEqualTo("LOSS_ADJUSTER 浙江某某保险公估有限公司: 前保险杠更换还是修复");
        assertThat(jdbc.sql("select summary from audit_entry where action = 'ASSESSMENT_DISPUTE' and entity_id = ?")
                        .param(claimNo)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("浙江某某保险公估有限公司", "前保险杠更换还是修复");

        // The joint assessment replaces the disputed one; a re-survey can still be agreed before it.
        ClaimView resurvey = step(
                claimNo,
                ClaimStep.ASSESSMENT_DISPUTE,
                new StepCommand(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new StepCommand.Dispute(
                                io.shixiao.claims.domain.DisputeResolution.RESURVEY,
                                "车架是否变形需拆检",
                                Instant.parse("2026-10-01T02:00:00Z"),
                                null)),
                assessor);
        assertThat(resurvey.timeline().get(resurvey.timeline().size() - 1).note())
                .isEqualTo(
                        "RESURVEY " + io.shixiao.shared.time.ShanghaiTime.display(Instant.parse("2026-10-01T02:00:00Z"))
                                + ": 车架是否变形需拆检");
        ClaimView reassessed = step(
                claimNo,
                ClaimStep.ASSESSMENT,
                command(
                        null,
                        null,
                        List.of(new StepCommand.AssessedItem(
                                LossCategory.OWN_VEHICLE, "前保险杠更换", new BigDecimal("1500"), true)),
                        null,
                        null,
                        null),
                assessor);
        assertThat(reassessed.status()).isEqualTo(ClaimStatus.ASSESSED);
        mvc.perform(get("/claims/" + claimNo).with(assessor.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("浙江某某保险公估有限公司")));
    }

    /** A reopened claim re-adjusted below what was paid closes from AGREED; one with money owed does not. */
    @Test
    void aReopenedClaimWhoseNewAgreementLeavesNothingToPayClosesFromAgreed() throws Exception {
        String claimNo = reported();
        surveyedAndDocumented(claimNo);
        step(claimNo, ClaimStep.ADJUSTMENT, command(null, null, null, null, null, BigDecimal.ONE), handler);
        step(claimNo, ClaimStep.APPROVAL, StepCommand.now(), manager);
        step(claimNo, ClaimStep.AGREEMENT, StepCommand.now(), handler);
        // 3,000 agreed and not paid: closing is refused, naming the state.
        mvc.perform(post("/api/v1/claims/" + claimNo + "/close")
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("is AGREED with ¥3,000.00 to pay")));
        ClaimView instructed = step(
                claimNo,
                ClaimStep.PAYMENT_INSTRUCTION,
                new StepCommand(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "6222021234567890123",
                        null,
                        new BigDecimal("3000"),
                        null,
                        null),
                handler);
        clock.advance(Duration.ofMinutes(2));
        handling.confirmPayment(
                java.util.Objects.requireNonNull(instructed.pendingPayment()).reference(),
                new io.shixiao.claims.application.PaymentConfirmation("BK-" + claimNo, null, null),
                handler);
        step(claimNo, ClaimStep.CLOSE, StepCommand.now(), handler);

        // Reopened: the liability turns out shared, 3,500 × 50% − 500 = 1,250, less than the 3,000 paid.
        step(claimNo, ClaimStep.REOPEN, command(null, null, null, null, "交警复核认定同等责任", null), manager);
        step(claimNo, ClaimStep.ADJUSTMENT, command(null, null, null, null, null, new BigDecimal("0.5")), handler);
        step(claimNo, ClaimStep.APPROVAL, StepCommand.now(), manager);
        ClaimView agreed = step(claimNo, ClaimStep.AGREEMENT, StepCommand.now(), handler);
        assertThat(agreed.payable()).isEqualByComparingTo("1250");
        assertThat(agreed.outstanding()).isEqualByComparingTo("0");
        mvc.perform(get("/claims/" + claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-step=\"CLOSE\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(containsString("data-step=\"PAYMENT_INSTRUCTION\""))));

        clock.advance(Duration.ofMinutes(2));
        mvc.perform(post("/claims/" + claimNo + "/steps/close")
                        .with(handler.signedIn())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ClaimView closed = handling.get(claimNo, handler.dataScope());
        assertThat(closed.status()).isEqualTo(ClaimStatus.CLOSED);
        assertThat(clocks.deadlinesOf(closed.insurerId(), claimNo).clocks())
                .as("no clock left running on a closed claim")
                .noneMatch(c -> c.state() == ClockState.RUNNING);
        // The new agreement's payment limit is met: the earlier payment already covers it.
        assertThat(clocks.deadlinesOf(closed.insurerId(), claimNo).clocks())
                .filteredOn(c -> c.standardCode().equals("LAW-23-PAY"))
                .extracting(ClockView::state)
                .containsExactly(ClockState.MET, ClockState.MET);
    }
}
