package io.shixiao.servicelevel.calendar;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A stretch during which a period does not run, such as the time from the insurer's one-time
 * notice reaching the claimant until the supplementary documents reach the insurer (保险法司法解释二
 * 第十五条), or an appraisal or mediation of a complaint (投诉办法第十八条、第二十三条).
 *
 * <p>For a day-based period {@code pausedDays} says which Asia/Shanghai dates are not counted: every date
 * from the date of {@code from} to the date of {@code until}, both included ("自通知到达之日起，至资料到达之日止"),
 * or only the dates strictly between them. For an elapsed or service-hours period the time {@code [from,
 * until)} is not counted, whatever the rule.
 */
public record Suspension(ZonedDateTime from, ZonedDateTime until, PausedDays pausedDays) {

    public Suspension {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(pausedDays, "pausedDays");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(
                    "A suspension cannot end (" + until + ") before it begins (" + from + ")");
        }
    }

    /** A suspension that leaves out both end days (司法解释二第十五条), the default rule. */
    public Suspension(ZonedDateTime from, ZonedDateTime until) {
        this(from, until, PausedDays.BOTH_END_DAYS);
    }
}
