package io.shixiao.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.ComplianceStatistics;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Claims on the real engine, catalog and CN calendar: deadlines across the National Day block, the
 * one-time notice, back-dated entries, scoping, idempotency and bad input.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class ClaimHandlingTests {

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
    ApplicationEvents events;

    @Autowired
    ComplianceStatistics statistics;

    private OrgUnitView xihu;
    private TestUser agent;
    private TestUser dispatcher;
    private TestUser surveyor;
    private TestUser assessor;
    private TestUser reviewer;
    private TestUser handler;
    private TestUser manager;
    private TestUser otherInsurer;
    private long surveyorId;
    private String policyNo;

    @BeforeEach
    void anlansZhejiangStaffAndAMotorPolicy() {
        OrgUnitView zhejiang = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        DataScope scope = DataScope.subtree(zhejiang.insurerId(), zhejiang.id(), zhejiang.path());
        agent = user(21, "t.agent", Role.AGENT, scope);
        dispatcher = user(22, "t.dispatcher", Role.DISPATCHER, scope);
        surveyor = user(23, "t.surveyor", Role.SURVEYOR, scope);
        assessor = user(24, "t.assessor", Role.ASSESSOR, scope);
        reviewer = user(25, "t.reviewer", Role.ASSESSOR, scope);
        handler = user(26, "t.handler", Role.CLAIMS_HANDLER, scope);
        manager = user(27, "t.manager", Role.MANAGER, scope);
        otherInsurer = user(
                28,
                "t.hengtai",
                Role.CLAIMS_HANDLER,
                DataScope.subtree(hengtai.insurerId(), hengtai.id(), hengtai.path()));
        surveyorId =
                organization.activeStaffWithRole(Role.SURVEYOR, scope).get(0).id();
        clock.set(Instant.parse("2026-09-30T01:00:00Z"));
        policyNo = ClaimTestPolicies.motorPolicy(policies, xihu, LocalDate.of(2026, 1, 1));
    }

    private static TestUser user(long id, String name, Role role, DataScope scope) {
        return new TestUser(id, name, name, Set.of(role), scope);
    }

    private ReportClaim aReport(Instant lossAt, BigDecimal estimate) {
        return new ReportClaim(
                policyNo,
                ClaimKind.MOTOR_OWN_DAMAGE,
                lossAt,
                "330106",
                "杭州市西湖区文三路100号",
                "30.2741,120.1551",
                "追尾，前部受损",
                false,
                false,
                estimate,
                "张三",
                "13812345678",
                null,
                null);
    }

    private ClaimView reported() {
        return handling.report(
                aReport(clock.instant().minus(Duration.ofMinutes(30)), new BigDecimal("3500")), agent, null);
    }

    private ClaimView step(String claimNo, ClaimStep step, StepCommand command, TestUser user) {
        clock.advance(Duration.ofMinutes(2));
        return handling.step(claimNo, step, command, user, null);
    }

    private static StepCommand with(
            Long surveyorId, String notes, List<StepCommand.AssessedItem> items, Set<DocumentItem> documents) {
        return new StepCommand(
                null, null, surveyorId, null, notes, items, documents, null, null, null, null, null, null, null);
    }

    private ClaimView throughDocuments(String claimNo) {
        step(claimNo, ClaimStep.DISPATCH, with(surveyorId, null, null, null), dispatcher);
        step(claimNo, ClaimStep.CONTACT, StepCommand.now(), surveyor);
        step(claimNo, ClaimStep.ARRIVAL, StepCommand.now(), surveyor);
        step(claimNo, ClaimStep.SURVEY_REPORT, with(null, "前保险杠破损，右前大灯碎裂", null, null), surveyor);
        step(
                claimNo,
                ClaimStep.ASSESSMENT,
                with(
                        null,
                        null,
                        List.of(new StepCommand.AssessedItem(
                                LossCategory.OWN_VEHICLE, "前保险杠及大灯更换", new BigDecimal("3500"), true)),
                        null),
                assessor);
        step(claimNo, ClaimStep.ASSESSMENT_REVIEW, StepCommand.now(), reviewer);
        return step(claimNo, ClaimStep.APPLICATION, with(null, null, null, Set.of(DocumentItem.ID_DOCUMENT)), handler);
    }

    private static ClockView clockOf(CaseDeadlines deadlines, String standard) {
        return deadlines.clocks().stream()
                .filter(c -> c.standardCode().equals(standard))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + standard + " in " + deadlines.clocks()));
    }

    @Test
    void aClaimReportedTheDayBeforeNationalDayGetsItsWorkingDayDeadlinesAcrossTheHolidayFromTheEngine() {
        ClaimView claim = reported();
        assertThat(claim.zone()).isEqualTo("URBAN");
        CaseDeadlines atReport = clocks.deadlinesOf(claim.insurerId(), claim.claimNo());
        // 浙江规范第七章 2.2.2: dispatch within 5 minutes of the saved report (09:00 Shanghai)
        assertThat(clockOf(atReport, "ZJ-DISPATCH").deadline()).isEqualTo(Instant.parse("2026-09-30T01:05:00Z"));
        // 浙江规范第七章 2.3.9: urban arrival within 30 minutes
        assertThat(clockOf(atReport, "ZJ-ARRIVE-URBAN").deadline()).isEqualTo(Instant.parse("2026-09-30T01:30:00Z"));

        String claimNo = claim.claimNo();
        throughDocuments(claimNo);
        ClaimView complete = step(
                claimNo,
                ClaimStep.DOCUMENTS,
                with(null, null, null, DocumentChecklist.required(ClaimKind.MOTOR_OWN_DAMAGE)),
                handler);
        assertThat(complete.status()).isEqualTo(ClaimStatus.DOCUMENTS_COMPLETE);
        // 浙江规范第七章 2.7.1: ten working days from the application on Wed 30 Sep; 1–7 Oct are holidays and
        // Sat 10 Oct a working day: 8, 9, 10, 12, 13, 14, 15, 16, 19, 20 Oct → Tue 20 Oct 24:00.
        assertThat(clockOf(clocks.deadlinesOf(claim.insurerId(), claimNo), "ZJ-AGREE")
                        .deadline())
                .isEqualTo(Instant.parse("2026-10-20T16:00:00Z"));

        ClaimView adjusted = step(
                claimNo,
                ClaimStep.ADJUSTMENT,
                new StepCommand(
                        null, null, null, null, null, null, null, null, BigDecimal.ONE, null, null, null, null, null),
                handler);
        // 3,500 × 100 % − 500 deductible of 车损险
        assertThat(adjusted.payable()).isEqualByComparingTo("3000");
        step(claimNo, ClaimStep.APPROVAL, StepCommand.now(), manager);
        step(claimNo, ClaimStep.AGREEMENT, StepCommand.now(), handler);
        CaseDeadlines agreed = clocks.deadlinesOf(claim.insurerId(), claimNo);
        // 浙江规范第七章 2.7.3: three working days after the agreement on 30 Sep: 8, 9, 10 Oct → Sat 10 Oct 24:00
        assertThat(clockOf(agreed, "ZJ-PAY").deadline()).isEqualTo(Instant.parse("2026-10-10T16:00:00Z"));
        assertThat(agreed.step("CLAIM_PAYMENT").orElseThrow().governing().deadline())
                .isEqualTo(Instant.parse("2026-10-10T16:00:00Z"));

        clock.set(Instant.parse("2026-10-09T02:00:00Z"));
        ClaimView instructed = handling.step(
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
                handler,
                null);
        assertThat(events.stream(ClaimPaid.class).filter(e -> e.claimNo().equals(claimNo)))
                .isEmpty();
        ClaimView paid = handling.confirmPayment(
                instructed.pendingPayment().reference(),
                new io.shixiao.claims.application.PaymentConfirmation("BK20261009001", null, null),
                handler);
        assertThat(paid.payment().accountMasked()).isEqualTo("6222 **** **** 0123");
        assertThat(clockOf(clocks.deadlinesOf(claim.insurerId(), claimNo), "ZJ-PAY")
                        .state())
                .isEqualTo(ClockState.MET);
        assertThat(events.stream(ClaimPaid.class).filter(e -> e.claimNo().equals(claimNo)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.amount()).isEqualTo(Money.yuan(3000));
                    assertThat(e.maskedMobile()).isEqualTo("138****5678");
                    assertThat(e.policyNo()).isEqualTo(policyNo);
                });
        clock.advance(Duration.ofMinutes(1));
        assertThat(handling.step(claimNo, ClaimStep.CLOSE, StepCommand.now(), handler, null)
                        .status())
                .isEqualTo(ClaimStatus.CLOSED);
        assertThat(events.stream(ClaimClosed.class).filter(e -> e.claimNo().equals(claimNo)))
                .singleElement()
                .extracting(ClaimClosed::outcome)
                .isEqualTo(ClaimClosed.Outcome.PAID);
    }

    @Test
    void aSecondMissingDocumentsNoticeIsRefusedWithoutAReasonAndAManager() throws Exception {
        String claimNo = reported().claimNo();
        throughDocuments(claimNo);
        StepCommand first = with(null, null, null, Set.of(DocumentItem.DRIVING_LICENCE, DocumentItem.REPAIR_INVOICE));
        step(claimNo, ClaimStep.MISSING_DOCUMENTS_NOTICE, first, handler);
        StepCommand again = with(null, null, null, Set.of(DocumentItem.VEHICLE_LICENCE));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> step(claimNo, ClaimStep.MISSING_DOCUMENTS_NOTICE, again, handler))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("第二十二条");
        StepCommand withReason = new StepCommand(
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(DocumentItem.VEHICLE_LICENCE),
                "补充材料显示行驶证信息不符",
                null,
                null,
                null,
                null,
                null,
                null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> step(claimNo, ClaimStep.MISSING_DOCUMENTS_NOTICE, withReason, handler))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("manager");
        ClaimView second = step(claimNo, ClaimStep.MISSING_DOCUMENTS_NOTICE, withReason, manager);
        assertThat(second.notices()).hasSize(2);
        assertThat(second.notices().get(1).approvedBy()).isEqualTo("t.manager");

        // The API answers the refusal as 409 problem+json naming the field.
        mvc.perform(post("/api/v1/claims/" + claimNo + "/missing-documents-notice")
                        .with(handler.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"documents\":[\"ACCIDENT_CERTIFICATE\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        // The notice as PDF carries the claim number and the clause.
        byte[] pdf = mvc.perform(get("/api/v1/claims/" + claimNo + "/notices/missing-documents")
                        .with(handler.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(io.shixiao.shared.document.PdfText.withoutWhitespace(pdf))
                .contains(claimNo, "理赔材料一次性告知书", "第二十二条", "行驶证", "补充材料显示行驶证信息不符");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/claim-missing-documents-notice.pdf"), pdf);
    }

    /** The compliance line of ZJ-DISPATCH for Xihu on 30 Sep 2026, as the statistics page shows it. */
    private ComplianceStatistics.Line dispatchCompliance() {
        LocalDate day = LocalDate.of(2026, 9, 30);
        return statistics
                .compliance(manager.dataScope(), day, day, "ZJ-DISPATCH", xihu.id(), ComplianceStatistics.Period.DAY)
                .stream()
                .filter(line -> line.period().equals(day))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBackDatedDispatchNeedsAReasonIsMarkedAndCannotTurnTheBreachIntoAMetDeadline() {
        ClaimView claim = reported();
        ComplianceStatistics.Line before = dispatchCompliance();
        Instant reportedAt = clock.instant();
        clock.advance(Duration.ofMinutes(40));
        StepCommand backDated = new StepCommand(
                reportedAt.plus(Duration.ofMinutes(3)),
                null,
                surveyorId,
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
                null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> handling.step(claim.claimNo(), ClaimStep.DISPATCH, backDated, dispatcher, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lateEntryReason");
        StepCommand withReason = new StepCommand(
                reportedAt.plus(Duration.ofMinutes(3)),
                "调度系统故障，电话调度后补录",
                surveyorId,
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
                null);
        ClaimView dispatched = handling.step(claim.claimNo(), ClaimStep.DISPATCH, withReason, dispatcher, null);
        ClaimView.Step entry = dispatched.timeline().get(1);
        assertThat(entry.backDated()).isTrue();
        assertThat(entry.occurredAt()).isEqualTo(reportedAt.plus(Duration.ofMinutes(3)));
        assertThat(entry.recordedAt()).isEqualTo(clock.instant());
        // Dispatched "at 3 minutes" but recorded at 40: the 5-minute limit stays breached.
        ClockView dispatch = clockOf(clocks.deadlinesOf(claim.insurerId(), claim.claimNo()), "ZJ-DISPATCH");
        assertThat(dispatch.state()).isEqualTo(ClockState.BREACHED);
        assertThat(dispatch.lateStop()).isTrue();
        // The compliance statistics count it as a breach, and among the late entries, not as met.
        ComplianceStatistics.Line after = dispatchCompliance();
        assertThat(after.count()).isEqualTo(before.count());
        assertThat(after.breached()).isEqualTo(before.breached() + 1);
        assertThat(after.lateEntries()).isEqualTo(before.lateEntries() + 1);
        assertThat(after.met()).isEqualTo(before.met());
    }

    @Test
    void anotherInsurersClaimIsNotFound() throws Exception {
        String claimNo = reported().claimNo();
        mvc.perform(get("/api/v1/claims/" + claimNo).with(otherInsurer.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/claims/" + claimNo + "/withdraw")
                        .with(otherInsurer.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/claims/" + claimNo).with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reporterMobileMasked").value("138****5678"));
    }

    @Test
    void aRetriedReportWithTheSameKeyAnswersTheFirstClaimAndAnotherBodyIsRefused() throws Exception {
        String body = """
                {"policyNo":"%s","kind":"MOTOR_OWN_DAMAGE","lossAt":"2026-09-30T00:20:00Z","lossDivision":"330106",
                 "lossAddress":"杭州市西湖区","cause":"剐蹭","injuries":false,"thirdPartyProperty":false,"estimate":800,
                 "reporterName":"李四","reporterMobile":"13900001111"}""".formatted(policyNo);
        String first = mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .header("Idempotency-Key", "retry-" + policyNo)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.zone").value("URBAN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String claimNo = first.replaceAll(".*\"claimNo\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .header("Idempotency-Key", "retry-" + policyNo)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.claimNo").value(claimNo));
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .header("Idempotency-Key", "retry-" + policyNo)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("800", "900")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(handling.list(agent.dataScope(), null, 1000).stream()
                        .filter(r -> r.policyNo().equals(policyNo)))
                .hasSize(1);
        // A second report of the same accident without a key links to the first claim.
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("李四", "王五")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicateOf").value(claimNo));
        // A retried step acts once.
        String dispatch = "{\"surveyorId\":" + surveyorId + "}";
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/claims/" + claimNo + "/dispatch")
                            .with(dispatcher.signedIn())
                            .with(csrf())
                            .header("Idempotency-Key", "d-" + claimNo)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(dispatch))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.timeline.length()").value(2));
        }
    }

    @Test
    void badInputAnswers4xxNamingTheFieldOrTheStateAndWritesNothing() throws Exception {
        long before = handling.list(agent.dataScope(), null, 1000).size();
        String good = """
                {"policyNo":"%s","kind":"MOTOR_OWN_DAMAGE","lossAt":"2026-09-30T00:20:00Z","lossDivision":"330106",
                 "lossAddress":"杭州市西湖区","cause":"剐蹭","estimate":800,"reporterName":"李四","reporterMobile":"13900001111"}""".formatted(policyNo);
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace(policyNo, "NO-SUCH-POLICY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("policyNo")));
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("2026-09-30T00:20:00Z", "2026-10-30T00:20:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lossAt")));
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("2026-09-30T00:20:00Z", "2025-09-30T00:20:00Z")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("period"))));
        mvc.perform(post("/api/v1/claims")
                        .with(agent.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("800", "-5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("estimate")));
        assertThat(handling.list(agent.dataScope(), null, 1000)).hasSize((int) before);

        String claimNo = reported().claimNo();
        mvc.perform(post("/api/v1/claims/" + claimNo + "/arrival")
                        .with(surveyor.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("REPORTED")));
        handling.step(claimNo, ClaimStep.DISPATCH, with(surveyorId, null, null, null), dispatcher, null);
        clock.advance(Duration.ofMinutes(1));
        handling.step(claimNo, ClaimStep.ARRIVAL, StepCommand.now(), surveyor, null);
        mvc.perform(multipart("/api/v1/claims/" + claimNo + "/photos")
                        .file(new MockMultipartFile(
                                "file",
                                "photo.jpg",
                                "image/jpeg",
                                "not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(surveyor.signedIn())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] huge = new byte[20 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        mvc.perform(multipart("/api/v1/claims/" + claimNo + "/photos")
                        .file(new MockMultipartFile("file", "big.jpg", "image/jpeg", huge))
                        .with(surveyor.signedIn())
                        .with(csrf()))
                .andExpect(status().is4xxClientError());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        mvc.perform(multipart("/api/v1/claims/" + claimNo + "/photos")
                        .file(new MockMultipartFile("file", "site.png", "image/png", png))
                        .with(surveyor.signedIn())
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.sha256").isString());
    }
}
