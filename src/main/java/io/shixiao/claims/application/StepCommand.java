package io.shixiao.claims.application;

import io.shixiao.claims.domain.DisputeResolution;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The body of a claim step; each step reads the fields it needs and names any missing one.
 *
 * @param occurredAt when the step happened, default now; not in the future nor before the previous step
 * @param lateEntryReason required when {@code occurredAt} lies more than 10 minutes back (补录)
 * @param surveyorId dispatch: the surveyor (staff id)
 * @param gps arrival: "latitude,longitude" from the phone
 * @param notes survey-report: the surveyor's notes
 * @param items assessment: the assessed items
 * @param documents application, documents, missing-documents-notice: the documents concerned
 * @param reason missing-documents-notice (a second notice), no-site-survey, withdraw, reopen, a second dispatch
 *     (改派: the clocks keep running): why
 * @param liabilityShare adjustment: the insured's share of liability, 0–1
 * @param bankAccount payments, advance-payments: the payee's account (stored encrypted, shown masked)
 * @param bankReference payments, advance-payments: the bank's reference of the transfer
 * @param amount payments: the amount paid, which must be what the agreement leaves to pay after advances;
 *     advance-payments: the amount paid in advance, at most what can be determined and the sum insured
 * @param reasons denial: why the claim is not covered
 * @param clauses denial: the clauses relied on
 * @param dispute assessment-dispute: the parties' agreement on a disputed survey or assessment
 */
public record StepCommand(
        @Nullable Instant occurredAt,
        @Nullable String lateEntryReason,
        @Nullable Long surveyorId,
        @Nullable String gps,
        @Nullable String notes,
        @Nullable List<AssessedItem> items,
        @Nullable Set<DocumentItem> documents,
        @Nullable String reason,
        @Nullable BigDecimal liabilityShare,
        @Nullable String bankAccount,
        @Nullable String bankReference,
        @Nullable BigDecimal amount,
        @Nullable String reasons,
        @Nullable String clauses,
        @Nullable Dispute dispute) {

    /** Every step's fields but the dispute's, which only assessment-dispute reads. */
    public StepCommand(
            @Nullable Instant occurredAt,
            @Nullable String lateEntryReason,
            @Nullable Long surveyorId,
            @Nullable String gps,
            @Nullable String notes,
            @Nullable List<AssessedItem> items,
            @Nullable Set<DocumentItem> documents,
            @Nullable String reason,
            @Nullable BigDecimal liabilityShare,
            @Nullable String bankAccount,
            @Nullable String bankReference,
            @Nullable BigDecimal amount,
            @Nullable String reasons,
            @Nullable String clauses) {
        this(
                occurredAt,
                lateEntryReason,
                surveyorId,
                gps,
                notes,
                items,
                documents,
                reason,
                liabilityShare,
                bankAccount,
                bankReference,
                amount,
                reasons,
                clauses,
                null);
    }

    /** A step with no fields: now, nothing else. */
    public static StepCommand now() {
        return new StepCommand(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The parties' agreement on a disputed survey or assessment (浙江规范第七章 2.4.4).
     *
     * @param resolution a re-survey at an agreed time, or a joint assessment with a loss adjuster or an expert
     * @param disagreement what the parties disagree on
     * @param resurveyAt RESURVEY: the agreed time
     * @param jointAssessor LOSS_ADJUSTER, EXPERT: the loss adjuster (公估人) or expert who assesses jointly
     */
    public record Dispute(
            @Nullable DisputeResolution resolution,
            @Nullable String disagreement,
            @Nullable Instant resurveyAt,
            @Nullable String jointAssessor) {}

    /**
     * One assessed item.
     *
     * @param category what the loss is of
     * @param description the part or bill
     * @param amount the amount in yuan, not negative
     * @param covered false for an item the policy does not cover (named to the customer)
     */
    public record AssessedItem(
            @Nullable LossCategory category,
            @Nullable String description,
            @Nullable BigDecimal amount,
            @Nullable Boolean covered) {}
}
