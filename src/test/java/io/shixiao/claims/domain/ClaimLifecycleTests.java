package io.shixiao.claims.domain;

import static io.shixiao.claims.domain.ClaimFixtures.AUTHORITY;
import static io.shixiao.claims.domain.ClaimFixtures.MOTOR_COVERS;
import static io.shixiao.claims.domain.ClaimFixtures.aClaimIn;
import static io.shixiao.claims.domain.ClaimFixtures.aReportedMotorClaim;
import static io.shixiao.claims.domain.ClaimFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.claims.ClaimKind;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimLifecycleTests {

    /** Every step, tried at minute 100 so that the timing never stands in the way. */
    private static final Map<ClaimStep, Consumer<Claim>> STEPS = new LinkedHashMap<>();

    /** The statuses each step may start from. */
    private static final Map<ClaimStep, Set<ClaimStatus>> ALLOWED = new LinkedHashMap<>();

    static {
        // As ClaimHandling takes the step: a dispatched claim is re-dispatched (改派) with a reason.
        step(
                ClaimStep.DISPATCH,
                c -> {
                    if (c.status() == ClaimStatus.DISPATCHED) {
                        c.redispatch(8, "原查勘员另有任务", at(100), "d2");
                    } else {
                        c.dispatch(8, at(100), "d2");
                    }
                },
                ClaimStatus.REPORTED,
                ClaimStatus.DISPATCHED);
        step(ClaimStep.CONTACT, c -> c.contact(at(100), "s"), ClaimStatus.DISPATCHED, ClaimStatus.ON_SITE);
        step(ClaimStep.ARRIVAL, c -> c.arrive(null, at(100), "s"), ClaimStatus.DISPATCHED);
        step(
                ClaimStep.NO_SITE_SURVEY,
                c -> c.surveyWithoutSiteVisit("照片查勘", at(100), "s"),
                ClaimStatus.REPORTED,
                ClaimStatus.DISPATCHED);
        step(ClaimStep.SURVEY_REPORT, c -> c.completeSurvey("notes", at(100), "s"), ClaimStatus.ON_SITE);
        step(
                ClaimStep.ASSESSMENT,
                c -> c.assess(
                        List.of(new AssessmentItem(LossCategory.OWN_VEHICLE, "门", Money.yuan(100), true)),
                        at(100),
                        "a"),
                ClaimStatus.SURVEYED);
        step(ClaimStep.ASSESSMENT_REVIEW, c -> c.reviewAssessment(at(100), "r2"), ClaimStatus.ASSESSED);
        step(ClaimStep.APPLICATION, c -> c.receiveApplication(Set.of(), at(100), "h"), ClaimStatus.REVIEWED);
        step(
                ClaimStep.DOCUMENTS,
                c -> c.receiveDocuments(Set.of(DocumentItem.DRIVING_LICENCE), at(100), "h"),
                ClaimStatus.COLLECTING_DOCUMENTS);
        step(
                ClaimStep.ADJUSTMENT,
                c -> c.adjust(MOTOR_COVERS, BigDecimal.ONE, at(100), "h"),
                ClaimStatus.DOCUMENTS_COMPLETE,
                ClaimStatus.ADJUSTED);
        step(ClaimStep.APPROVAL, c -> c.approve(AUTHORITY, Set.of(Role.MANAGER), at(100), "m"), ClaimStatus.ADJUSTED);
        step(ClaimStep.AGREEMENT, c -> c.agree(at(100), "h"), ClaimStatus.APPROVED);
        step(
                ClaimStep.PAYMENT,
                c -> c.pay(new Payment(c.payable(), "x", "y", "z", at(100).occurredAt()), at(100), "h"),
                ClaimStatus.AGREED);
        step(
                ClaimStep.PAYMENT_INSTRUCTION,
                c -> c.instructPayment(
                        new PaymentInstruction("PAY-1", c.outstanding(), "x", "y", at(100).occurredAt()), at(100), "h"),
                ClaimStatus.AGREED);
        step(ClaimStep.CLOSE, c -> c.close(at(100), "h"), ClaimStatus.PAID);
        step(
                ClaimStep.DENIAL,
                c -> c.deny("原因", "条款", at(100), "h"),
                ClaimStatus.SURVEYED,
                ClaimStatus.ASSESSED,
                ClaimStatus.REVIEWED,
                ClaimStatus.COLLECTING_DOCUMENTS,
                ClaimStatus.DOCUMENTS_COMPLETE,
                ClaimStatus.ADJUSTED);
        step(ClaimStep.DENIAL_NOTICE, c -> c.sendDenialNotice(at(100), "h"), ClaimStatus.DENIED);
        step(
                ClaimStep.WITHDRAWAL,
                c -> c.withdraw("撤案", at(100), "h"),
                ClaimStatus.REPORTED,
                ClaimStatus.DISPATCHED,
                ClaimStatus.ON_SITE,
                ClaimStatus.SURVEYED,
                ClaimStatus.ASSESSED,
                ClaimStatus.REVIEWED,
                ClaimStatus.COLLECTING_DOCUMENTS,
                ClaimStatus.DOCUMENTS_COMPLETE,
                ClaimStatus.ADJUSTED);
        step(
                ClaimStep.ADVANCE_PAYMENT,
                c -> c.payInAdvance(
                        new Payment(Money.yuan(100), "x", "y", "z", at(100).occurredAt()),
                        Money.yuan(1_000_000),
                        at(100),
                        "h"),
                ClaimStatus.COLLECTING_DOCUMENTS,
                ClaimStatus.DOCUMENTS_COMPLETE,
                ClaimStatus.ADJUSTED,
                ClaimStatus.APPROVED);
        step(ClaimStep.REOPEN, c -> c.reopen("客户提交新的维修发票", at(100), "m"), ClaimStatus.CLOSED, ClaimStatus.DENIED);
        step(
                ClaimStep.ASSESSMENT_DISPUTE,
                c -> c.agreeOnDispute(DisputeResolution.EXPERT, "车架是否变形", null, "王工（车辆鉴定专家）", at(100), "a"),
                ClaimStatus.ON_SITE,
                ClaimStatus.SURVEYED,
                ClaimStatus.ASSESSED);
    }

    private static void step(ClaimStep step, Consumer<Claim> action, ClaimStatus first, ClaimStatus... more) {
        STEPS.put(step, action);
        ALLOWED.put(step, EnumSet.of(first, more));
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(ClaimStatus.class)
    void everyStepNotAllowedFromAStatusIsRefusedNamingTheStatusAndChangesNothing(ClaimStatus status) {
        for (Map.Entry<ClaimStep, Consumer<Claim>> step : STEPS.entrySet()) {
            Claim claim = aClaimIn(status);
            assertThat(claim.status()).isEqualTo(status);
            int steps = claim.timeline().size();
            if (ALLOWED.get(step.getKey()).contains(status)) {
                step.getValue().accept(claim);
                assertThat(claim.timeline()).hasSize(steps + 1);
            } else {
                assertThatThrownBy(() -> step.getValue().accept(claim))
                        .as("%s from %s", step.getKey(), status)
                        .isInstanceOf(ConflictException.class)
                        .hasMessageContaining("is " + status);
                assertThat(claim.status()).isEqualTo(status);
                assertThat(claim.timeline()).hasSize(steps);
            }
        }
    }

    @Test
    void theMainPathEndsClosedWithOneTimelineEntryPerStep() {
        Claim claim = aClaimIn(ClaimStatus.CLOSED);
        assertThat(claim.timeline())
                .extracting(StepEntry::step)
                .containsExactly(
                        ClaimStep.REPORT,
                        ClaimStep.DISPATCH,
                        ClaimStep.ARRIVAL,
                        ClaimStep.SURVEY_REPORT,
                        ClaimStep.ASSESSMENT,
                        ClaimStep.ASSESSMENT_REVIEW,
                        ClaimStep.APPLICATION,
                        ClaimStep.DOCUMENTS,
                        ClaimStep.ADJUSTMENT,
                        ClaimStep.APPROVAL,
                        ClaimStep.AGREEMENT,
                        ClaimStep.PAYMENT,
                        ClaimStep.CLOSE);
        // 3,500 own damage × 100 % − 500 deductible
        assertThat(claim.payment().amount()).isEqualTo(Money.yuan(3_000));
    }

    @Test
    void aStepMayNotLieBeforeThePreviousOneNorInTheFuture() {
        Claim claim = aReportedMotorClaim();
        assertThatThrownBy(() -> claim.dispatch(
                        7,
                        StepTiming.of(
                                ClaimFixtures.REPORTED.minusSeconds(60), ClaimFixtures.REPORTED.plusSeconds(60), null),
                        "d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> claim.dispatch(
                        7,
                        StepTiming.of(ClaimFixtures.REPORTED.plus(Duration.ofHours(1)), ClaimFixtures.REPORTED, null),
                        "d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");
        assertThat(claim.status()).isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void aBackDatedStepNeedsAReasonAndKeepsBothTimes() {
        Claim claim = aReportedMotorClaim();
        StepTiming late = StepTiming.of(
                ClaimFixtures.REPORTED.plus(Duration.ofMinutes(3)),
                ClaimFixtures.REPORTED.plus(Duration.ofHours(2)),
                null);
        assertThatThrownBy(() -> claim.dispatch(7, late, "d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lateEntryReason");
        claim.dispatch(7, StepTiming.of(late.occurredAt(), late.recordedAt(), "调度系统故障，纸面调度后补录"), "d");
        StepEntry entry = claim.timeline().get(1);
        assertThat(entry.backDated()).isTrue();
        assertThat(entry.occurredAt()).isEqualTo(late.occurredAt());
        assertThat(entry.recordedAt()).isEqualTo(late.recordedAt());
    }

    @Test
    void theOneTimeNoticeNamesTheMissingItemsAndASecondNeedsAReasonAManagerAndNewItems() {
        Claim claim = aClaimIn(ClaimStatus.COLLECTING_DOCUMENTS);
        assertThatThrownBy(() -> claim.sendMissingDocumentsNotice(Set.of(), null, null, at(50), "h"))
                .isInstanceOf(InvalidInputException.class);
        claim.sendMissingDocumentsNotice(
                Set.of(DocumentItem.DRIVING_LICENCE, DocumentItem.REPAIR_INVOICE), null, null, at(50), "h");
        assertThatThrownBy(() ->
                        claim.sendMissingDocumentsNotice(Set.of(DocumentItem.VEHICLE_LICENCE), null, null, at(51), "h"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("第二十二条");
        assertThatThrownBy(() -> claim.sendMissingDocumentsNotice(
                        Set.of(DocumentItem.VEHICLE_LICENCE), "发现新的事实", null, at(51), "h"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("manager");
        assertThatThrownBy(() -> claim.sendMissingDocumentsNotice(
                        Set.of(DocumentItem.DRIVING_LICENCE), "发现新的事实", "manager", at(51), "h"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("earlier notice");
        MissingDocumentsNotice second = claim.sendMissingDocumentsNotice(
                Set.of(DocumentItem.VEHICLE_LICENCE), "补充材料显示车辆登记信息不符", "manager", at(52), "h");
        assertThat(second.number()).isEqualTo(2);
        assertThat(claim.notices()).hasSize(2);
    }

    @Test
    void suppliesForAReceivedNoticeAreRecognisedAndCompleteTheChecklist() {
        Claim claim = aClaimIn(ClaimStatus.COLLECTING_DOCUMENTS);
        Set<DocumentItem> missing = claim.missingDocuments();
        claim.sendMissingDocumentsNotice(missing, null, null, at(50), "h");
        claim.noticeReceived(at(51), "h");
        Claim.DocumentsReceived received = claim.receiveDocuments(missing, at(60), "h");
        assertThat(received.supplementsArrived()).isTrue();
        assertThat(received.complete()).isTrue();
        assertThat(claim.status()).isEqualTo(ClaimStatus.DOCUMENTS_COMPLETE);
    }

    @Test
    void anApproverAboveTheirAuthoritySendsTheClaimUp() {
        Claim claim = aClaimIn(ClaimStatus.DOCUMENTS_COMPLETE);
        claim.adjust(
                List.of(Cover.of(CoverKind.VEHICLE_DAMAGE, Money.yuan(100), Money.ZERO)), BigDecimal.ONE, at(60), "h");
        assertThat(claim.payable()).isEqualTo(Money.yuan(100));
        Claim big = aClaimIn(ClaimStatus.DOCUMENTS_COMPLETE);
        big.adjust(
                List.of(Cover.of(CoverKind.VEHICLE_DAMAGE, Money.yuan(50_000), Money.ZERO)),
                BigDecimal.ONE,
                at(60),
                "h");
        // the assessment is 3,500: within the handler's 10,000
        big.approve(AUTHORITY, Set.of(Role.CLAIMS_HANDLER), at(61), "approver");
        assertThat(big.status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void theAdjusterDoesNotApproveTheirOwnAdjustment() {
        Claim claim = aClaimIn(ClaimStatus.ADJUSTED);
        assertThatThrownBy(() -> claim.approve(AUTHORITY, Set.of(Role.MANAGER), at(70), "handler"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPaymentIsTheAgreedAmount() {
        Claim claim = aClaimIn(ClaimStatus.AGREED);
        assertThatThrownBy(() -> claim.pay(new Payment(Money.yuan(1), "x", "y", "z", at(80).occurredAt()), at(80), "h"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void aReportedLossMayNotLieAfterTheReport() {
        ClaimReport report = ClaimFixtures.motorReport(ClaimKind.MOTOR_OWN_DAMAGE);
        assertThatThrownBy(() -> Claim.report(
                        "CLM1",
                        1,
                        4,
                        "/1/",
                        report,
                        StepTiming.now(report.lossAt().minusSeconds(3600)),
                        "a",
                        null))
                .isInstanceOf(InvalidInputException.class);
    }
}
