package io.shixiao.claims.application;

import io.shixiao.claims.ClaimKind;
import io.shixiao.claims.domain.AdjustmentLine;
import io.shixiao.claims.domain.AssessmentItem;
import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.CoverKind;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.claims.domain.MissingDocumentsNotice;
import io.shixiao.claims.domain.StepEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the API answers it and pages show it: personal data masked, amounts in yuan.
 *
 * @param pendingPayment the payment instruction with the bank, until the bank confirms it
 * @param advances what was paid in advance (先予支付, 保险法第二十五条)
 * @param advancesPaid the advances together
 * @param determinable what can already be determined (第二十五条): the adjusted amount, else the covered assessed loss
 * @param outstanding what the agreed amount leaves to pay after the advances and any earlier payment
 * @param duplicateOf set when a repeat report of the same accident was linked to this existing claim
 */
public record ClaimView(
        String claimNo,
        ClaimStatus status,
        ClaimKind kind,
        String policyNo,
        long insurerId,
        long orgUnitId,
        Instant lossAt,
        Instant reportedAt,
        String lossDivision,
        String lossAddress,
        @Nullable String gps,
        @Nullable String zone,
        String cause,
        boolean injuries,
        boolean thirdPartyProperty,
        BigDecimal estimate,
        String reporterMobileMasked,
        @Nullable Long surveyorId,
        @Nullable Instant contactedAt,
        @Nullable String surveyNotes,
        List<Item> assessment,
        BigDecimal assessedLoss,
        Set<DocumentItem> handedIn,
        Set<DocumentItem> missingDocuments,
        List<Notice> notices,
        @Nullable BigDecimal liabilityShare,
        List<Line> adjustment,
        BigDecimal payable,
        @Nullable String approvedBy,
        @Nullable PaymentView payment,
        @Nullable PendingPaymentView pendingPayment,
        List<PaymentView> advances,
        BigDecimal advancesPaid,
        BigDecimal determinable,
        BigDecimal outstanding,
        @Nullable DenialView denial,
        @Nullable String withdrawalReason,
        List<Step> timeline,
        int version,
        @Nullable String duplicateOf) {

    static ClaimView of(Claim claim, int version, @Nullable String duplicateOf) {
        var report = claim.report();
        var adjustment = claim.adjustment();
        var payment = claim.payment();
        var denial = claim.denial();
        return new ClaimView(
                claim.claimNo(),
                claim.status(),
                report.kind(),
                report.policyNo(),
                claim.insurerId(),
                claim.orgUnitId(),
                report.lossAt(),
                claim.timeline().get(0).occurredAt(),
                report.lossDivision(),
                report.lossAddress(),
                report.gps(),
                report.zone(),
                report.cause(),
                report.injuries(),
                report.thirdPartyProperty(),
                report.estimate().amount(),
                report.reporterMobileMasked(),
                claim.surveyorId(),
                claim.contactedAt(),
                claim.surveyNotes(),
                claim.assessment().stream().map(Item::of).toList(),
                claim.assessedLoss().amount(),
                claim.handedIn(),
                claim.missingDocuments(),
                claim.notices().stream().map(Notice::of).toList(),
                adjustment == null ? null : adjustment.liabilityShare(),
                adjustment == null
                        ? List.of()
                        : adjustment.lines().stream().map(Line::of).toList(),
                claim.payable().amount(),
                claim.approvedBy(),
                payment == null ? null : PaymentView.of(payment),
                claim.pendingPayment() == null
                        ? null
                        : PendingPaymentView.of(java.util.Objects.requireNonNull(claim.pendingPayment())),
                claim.advances().stream().map(PaymentView::of).toList(),
                claim.advancesPaid().amount(),
                claim.determinable().amount(),
                claim.outstanding().amount(),
                denial == null
                        ? null
                        : new DenialView(denial.reasons(), denial.clauses(), denial.deniedAt(), denial.noticeSentAt()),
                claim.withdrawalReason(),
                claim.timeline().stream().map(Step::of).toList(),
                version,
                duplicateOf);
    }

    /** A claim that a repeat report was linked to. */
    ClaimView asDuplicateOf() {
        return new ClaimView(
                claimNo,
                status,
                kind,
                policyNo,
                insurerId,
                orgUnitId,
                lossAt,
                reportedAt,
                lossDivision,
                lossAddress,
                gps,
                zone,
                cause,
                injuries,
                thirdPartyProperty,
                estimate,
                reporterMobileMasked,
                surveyorId,
                contactedAt,
                surveyNotes,
                assessment,
                assessedLoss,
                handedIn,
                missingDocuments,
                notices,
                liabilityShare,
                adjustment,
                payable,
                approvedBy,
                payment,
                pendingPayment,
                advances,
                advancesPaid,
                determinable,
                outstanding,
                denial,
                withdrawalReason,
                timeline,
                version,
                claimNo);
    }

    /** One assessed item. */
    public record Item(LossCategory category, String description, BigDecimal amount, boolean covered) {
        static Item of(AssessmentItem item) {
            return new Item(item.category(), item.description(), item.amount().amount(), item.covered());
        }
    }

    /** One notice of missing documents. */
    public record Notice(
            int number,
            Set<DocumentItem> items,
            @Nullable String reason,
            @Nullable String approvedBy,
            Instant sentAt,
            @Nullable Instant receivedAt,
            @Nullable Instant suppliedAt) {
        static Notice of(MissingDocumentsNotice n) {
            return new Notice(
                    n.number(), n.items(), n.reason(), n.approvedBy(), n.sentAt(), n.receivedAt(), n.suppliedAt());
        }
    }

    /** One line of the adjustment. */
    public record Line(CoverKind cover, LossCategory category, BigDecimal loss, BigDecimal payable, String basis) {
        static Line of(AdjustmentLine line) {
            return new Line(
                    line.cover(),
                    line.category(),
                    line.loss().amount(),
                    line.payable().amount(),
                    line.basis());
        }
    }

    /** The payment, account masked. */
    public record PaymentView(BigDecimal amount, String accountMasked, String bankReference, Instant paidAt) {
        static PaymentView of(io.shixiao.claims.domain.Payment payment) {
            return new PaymentView(
                    payment.amount().amount(), payment.accountMasked(), payment.bankReference(), payment.paidAt());
        }
    }

    /** A payment with the bank, awaiting its confirmation under {@code reference}. */
    public record PendingPaymentView(String reference, BigDecimal amount, String accountMasked, Instant instructedAt) {
        static PendingPaymentView of(io.shixiao.claims.domain.PaymentInstruction p) {
            return new PendingPaymentView(p.reference(), p.amount().amount(), p.accountMasked(), p.instructedAt());
        }
    }

    /** The denial. */
    public record DenialView(
            String reasons,
            String clauses,
            Instant deniedAt,
            @Nullable Instant noticeSentAt) {}

    /** One timeline entry; {@code backDated} marks a 补录 with both times. */
    public record Step(
            ClaimStep step,
            Instant occurredAt,
            Instant recordedAt,
            boolean backDated,
            @Nullable String lateEntryReason,
            String actor,
            String note) {
        static Step of(StepEntry e) {
            return new Step(
                    e.step(), e.occurredAt(), e.recordedAt(), e.backDated(), e.lateEntryReason(), e.actor(), e.note());
        }
    }
}
