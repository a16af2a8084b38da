package io.shixiao.claims.domain;

import io.shixiao.shared.problem.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a step happened, as the person recording it says, and when it is recorded. The rules of issue
 * 8: a step may not lie in the future nor before the previous step; one recorded more than
 * {@link #TOLERANCE} after it happened is a back-dated entry (补录) that needs a reason. The engine
 * keeps both times, so a back-dated stop never turns a breach into a met deadline.
 *
 * @param occurredAt when it happened
 * @param recordedAt now
 * @param lateEntryReason the reason given, if any
 */
public record StepTiming(
        Instant occurredAt, Instant recordedAt, @Nullable String lateEntryReason) {

    /** The same tolerance as the engine's ({@code ReportMilestone.LATE_ENTRY_TOLERANCE_MINUTES}). */
    public static final Duration TOLERANCE = Duration.ofMinutes(10);

    /** Seconds a device's clock may run ahead of the server's. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    static final int REASON_LENGTH = 500;

    public StepTiming {
        lateEntryReason = lateEntryReason == null || lateEntryReason.isBlank() ? null : lateEntryReason.strip();
    }

    /** A step happening now. */
    public static StepTiming now(Instant now) {
        return new StepTiming(now, now, null);
    }

    /** A step that happened at {@code occurredAt} (now when null), recorded now. */
    public static StepTiming of(@Nullable Instant occurredAt, Instant now, @Nullable String reason) {
        return new StepTiming(occurredAt == null ? now : occurredAt, now, reason);
    }

    public boolean backDated() {
        return occurredAt.isBefore(recordedAt.minus(TOLERANCE));
    }

    /** The reason to keep: only a back-dated entry carries one. */
    @Nullable
    String reasonToKeep() {
        return backDated() ? lateEntryReason : null;
    }

    /** Refuses a step in the future, before {@code previous}, or back-dated without a reason. */
    void check(Instant previous) {
        if (occurredAt.isAfter(recordedAt.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("occurredAt", "must not lie in the future");
        }
        if (occurredAt.isBefore(previous)) {
            throw new InvalidInputException("occurredAt", "must not lie before the previous step (" + previous + ")");
        }
        if (backDated() && lateEntryReason == null) {
            throw new InvalidInputException(
                    "lateEntryReason",
                    "required: the step is recorded more than " + TOLERANCE.toMinutes()
                            + " minutes after it happened (补录)");
        }
        if (lateEntryReason != null && lateEntryReason.length() > REASON_LENGTH) {
            throw new InvalidInputException("lateEntryReason", "at most " + REASON_LENGTH + " characters");
        }
    }
}
