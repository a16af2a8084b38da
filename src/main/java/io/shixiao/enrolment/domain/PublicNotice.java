package io.shixiao.enrolment.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A village's public notice (公示) of assessed losses: it runs from publication to {@code endsAt}; an
 * objection received in that window must be answered before any house on it is paid.
 *
 * @param unansweredObjections objections received and not yet answered
 */
public record PublicNotice(Instant publishedAt, Instant endsAt, int unansweredObjections) {

    /**
     * A notice published at {@code publishedAt} for {@code days} days: the day of publication is not
     * counted (民法典第二百零一条), so it runs to the end (24:00) of the {@code days}-th day after it.
     */
    public static PublicNotice open(Instant publishedAt, int days, ZoneId zone) {
        if (days < 1 || days > SchemeRules.LONGEST_NOTICE_DAYS) {
            throw new SchemeRuleViolation("noticeDays", "a notice runs 1–30 days");
        }
        Instant ends = publishedAt
                .atZone(zone)
                .toLocalDate()
                .plusDays(days + 1L)
                .atStartOfDay(zone)
                .toInstant();
        return new PublicNotice(publishedAt, ends, 0);
    }

    /** Whether a house on the notice may be paid at {@code now}: the window is over, every objection answered. */
    public boolean allowsPaymentAt(Instant now) {
        return !now.isBefore(endsAt) && unansweredObjections == 0;
    }

    /** Whether an objection may still be raised at {@code at}. */
    public boolean openForObjectionsAt(Instant at) {
        return !at.isBefore(publishedAt) && at.isBefore(endsAt);
    }
}
