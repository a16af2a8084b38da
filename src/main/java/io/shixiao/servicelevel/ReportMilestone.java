package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tells the engine that something happened to a case ({@code CLAIM_REPORTED}, {@code SURVEYOR_DISPATCHED},
 * {@code MISSING_DOCUMENTS_NOTICE_RECEIVED} …). The engine starts, pauses, resumes, restarts, stops or
 * cancels the case's clocks and counts as the catalog says. Reporting the same (case, milestone, instant)
 * twice acts once.
 *
 * @param caseRef the case
 * @param milestone what happened; it must belong to the case's type
 * @param at when it happened (not when it is recorded)
 * @param owner who answers for the case; the unit is looked up, never trusted
 * @param facts what is known of the case, deciding which standards bind it
 * @param lateEntryReason why the step is recorded more than {@link #LATE_ENTRY_TOLERANCE_MINUTES} minutes
 *     after it happened (补录); required then, and recorded with both times
 * @param repeatReason why a counted step happens again beyond its limit (保险法第二十二条: a second notice of
 *     missing documents only for items first made necessary by new facts); required then
 */
public record ReportMilestone(
        CaseRef caseRef,
        Milestone milestone,
        Instant at,
        CaseOwner owner,
        CaseFacts facts,
        @Nullable String lateEntryReason,
        @Nullable String repeatReason) {

    /** A step recorded later than this after it happened is a back-dated entry (补录). */
    public static final int LATE_ENTRY_TOLERANCE_MINUTES = 10;

    public ReportMilestone {
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(owner, "owner");
        facts = facts == null ? CaseFacts.none() : facts;
    }

    public static ReportMilestone of(
            CaseRef caseRef, Milestone milestone, Instant at, CaseOwner owner, CaseFacts facts) {
        return new ReportMilestone(caseRef, milestone, at, owner, facts, null, null);
    }

    public ReportMilestone lateBecause(@Nullable String reason) {
        return new ReportMilestone(caseRef, milestone, at, owner, facts, reason, repeatReason);
    }

    public ReportMilestone repeatedBecause(@Nullable String reason) {
        return new ReportMilestone(caseRef, milestone, at, owner, facts, lateEntryReason, reason);
    }
}
