package io.shixiao.claims.domain;

import io.shixiao.claims.ClaimKind;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Claims in every status, built through the aggregate's own steps, a minute apart. */
final class ClaimFixtures {

    static final Instant LOSS = Instant.parse("2026-09-30T01:30:00Z");
    static final Instant REPORTED = LOSS.plus(Duration.ofMinutes(20));

    static final ApprovalAuthority AUTHORITY =
            new ApprovalAuthority(Map.of(Role.CLAIMS_HANDLER, Money.yuan(10_000), Role.MANAGER, Money.yuan(200_000)));

    static final List<Cover> MOTOR_COVERS = List.of(
            new Cover(
                    CoverKind.CTPL,
                    Money.yuan(200_000),
                    Money.ZERO,
                    Map.of(
                            LossCategory.DEATH_AND_DISABILITY,
                            new Cover.CtplLimit(Money.yuan(180_000), Money.yuan(18_000)),
                            LossCategory.MEDICAL,
                            new Cover.CtplLimit(Money.yuan(18_000), Money.yuan(1_800)),
                            LossCategory.THIRD_PARTY_PROPERTY,
                            new Cover.CtplLimit(Money.yuan(2_000), Money.yuan(100)))),
            Cover.of(CoverKind.THIRD_PARTY_LIABILITY, Money.yuan(1_000_000), Money.ZERO),
            Cover.of(CoverKind.VEHICLE_DAMAGE, Money.yuan(150_000), Money.yuan(500)));

    private ClaimFixtures() {}

    static ClaimReport motorReport(ClaimKind kind) {
        return new ClaimReport(
                "PDAA2026330100000001",
                kind,
                LOSS,
                "330106",
                "杭州市西湖区文三路100号",
                null,
                "追尾",
                false,
                true,
                Money.yuan(5_000),
                "v1:name",
                "v1:mobile",
                "138****1234",
                "URBAN",
                "HOTLINE");
    }

    static StepTiming at(int minutesAfterReport) {
        Instant at = REPORTED.plus(Duration.ofMinutes(minutesAfterReport));
        return StepTiming.now(at);
    }

    static Claim aReportedMotorClaim() {
        return Claim.report(
                "CLM20260930000001", 1, 4, "/1/2/4/", motorReport(ClaimKind.MOTOR_OWN_DAMAGE), at(0), "agent", null);
    }

    /** A claim walked through the main path up to {@code status}; DENIED and WITHDRAWN branch off. */
    static Claim aClaimIn(ClaimStatus status) {
        Claim claim = aReportedMotorClaim();
        if (status == ClaimStatus.WITHDRAWN) {
            claim.withdraw("客户撤案", at(1), "agent");
            return claim;
        }
        int minute = 1;
        ClaimStatus stop = status == ClaimStatus.DENIED ? ClaimStatus.SURVEYED : status;
        while (claim.status() != stop) {
            advance(claim, at(minute++));
        }
        if (status == ClaimStatus.DENIED) {
            claim.deny("驾驶人饮酒", "机动车损失保险条款第九条", at(minute), "handler");
        }
        return claim;
    }

    private static void advance(Claim claim, StepTiming at) {
        switch (claim.status()) {
            case REPORTED -> claim.dispatch(7, at, "dispatcher");
            case DISPATCHED -> claim.arrive("30.27,120.12", at, "surveyor");
            case ON_SITE -> claim.completeSurvey("前部受损", at, "surveyor");
            case SURVEYED ->
                claim.assess(
                        List.of(new AssessmentItem(LossCategory.OWN_VEHICLE, "前保险杠更换", Money.yuan(3_500), true)),
                        at,
                        "assessor");
            case ASSESSED -> claim.reviewAssessment(at, "reviewer");
            case REVIEWED -> claim.receiveApplication(Set.of(DocumentItem.ID_DOCUMENT), at, "handler");
            case COLLECTING_DOCUMENTS ->
                claim.receiveDocuments(DocumentChecklist.required(ClaimKind.MOTOR_OWN_DAMAGE), at, "handler");
            case DOCUMENTS_COMPLETE -> claim.adjust(MOTOR_COVERS, BigDecimal.ONE, at, "handler");
            case ADJUSTED -> claim.approve(AUTHORITY, Set.of(Role.CLAIMS_HANDLER), at, "approver");
            case APPROVED -> claim.agree(at, "handler");
            case AGREED ->
                claim.pay(
                        new Payment(Money.yuan(3_000), "v1:acct", "6222 **** **** 0123", "B1", at.occurredAt()),
                        at,
                        "handler");
            case PAID -> claim.close(at, "handler");
            case CLOSED, DENIED, WITHDRAWN -> throw new IllegalStateException("final");
        }
    }
}
