package io.shixiao.claims.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a claim's timeline: what happened, when it happened and when it was recorded.
 *
 * @param step the step
 * @param occurredAt when it happened
 * @param recordedAt when it was recorded
 * @param lateEntryReason why it was recorded later than the tolerance (补录), or null
 * @param actor who recorded it
 * @param note what the step recorded, in a few words
 */
public record StepEntry(
        ClaimStep step,
        Instant occurredAt,
        Instant recordedAt,
        @Nullable String lateEntryReason,
        String actor,
        String note) {

    /** Whether this was a back-dated entry (补录). */
    public boolean backDated() {
        return lateEntryReason != null;
    }
}
