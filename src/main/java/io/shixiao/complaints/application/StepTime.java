package io.shixiao.complaints.application;

import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a step happened, as the user states it: now unless they name an earlier instant. A step recorded
 * more than {@link ReportMilestone#LATE_ENTRY_TOLERANCE_MINUTES} minutes after it happened is a back-dated
 * entry (补录) and needs a reason; the engine keeps both times and never lets it turn a breach into a met
 * deadline.
 *
 * @param at when it happened
 * @param lateReason why it is recorded late, or null for a timely entry
 */
public record StepTime(Instant at, @Nullable String lateReason) {

    /** The step's time from the user's input, checked against {@code clock}. */
    public static StepTime of(@Nullable Instant occurredAt, @Nullable String lateReason, Clock clock) {
        Instant now = clock.instant();
        if (occurredAt == null) {
            return new StepTime(now, null);
        }
        if (occurredAt.isAfter(now)) {
            throw new InvalidInputException("occurredAt", "must not lie in the future");
        }
        boolean late = occurredAt.isBefore(now.minus(Duration.ofMinutes(ReportMilestone.LATE_ENTRY_TOLERANCE_MINUTES)));
        String reason = lateReason == null || lateReason.isBlank() ? null : lateReason.strip();
        if (late && reason == null) {
            throw new InvalidInputException(
                    "lateReason",
                    "required: the step is recorded more than " + ReportMilestone.LATE_ENTRY_TOLERANCE_MINUTES
                            + " minutes after it happened (补录)");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("lateReason", "at most 500 characters");
        }
        return new StepTime(occurredAt, late ? reason : null);
    }
}
