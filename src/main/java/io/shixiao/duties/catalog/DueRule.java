package io.shixiao.duties.catalog;

import io.shixiao.servicelevel.DayCount;
import io.shixiao.servicelevel.DayPeriodEnd;
import io.shixiao.servicelevel.ServiceCalendars;
import io.shixiao.shared.time.ShanghaiTime;
import org.jspecify.annotations.Nullable;

/**
 * When an occurrence is due. Either by the end of its own period (24:00 of the period's last day: the
 * text asks for it within the period, 每年 / 当期), or a number of days after the period, counted by the
 * service-level engine from the period's last day (民法典第二百零一条: that day is not counted;
 * 第二百零三条: a rest-day last day rolls forward), e.g. "by the 10th working day of the next month".
 *
 * @param amount days (or months) after the period's end; 0 for "by the period's end"
 * @param unit how they are counted; null for "by the period's end"
 * @param calendar the engine's calendar they are counted on, e.g. {@code CN}
 */
public record DueRule(int amount, @Nullable DayCount unit, String calendar) {

    /** Due by 24:00 of the period's last day. */
    public static DueRule byPeriodEnd() {
        return new DueRule(0, null, ServiceCalendars.STATUTORY);
    }

    /** Due {@code amount} {@code unit}s after the period's last day, on {@code calendar}. */
    public static DueRule afterPeriodEnd(int amount, DayCount unit, String calendar) {
        if (amount < 1) {
            throw new IllegalArgumentException("A due rule counts at least one day after the period");
        }
        return new DueRule(amount, unit, calendar);
    }

    /** Whether the occurrence is due within its own period. */
    public boolean withinPeriod() {
        return unit == null;
    }

    /** The due day and instant of {@code period}'s occurrence. */
    public DayPeriodEnd dueFor(DutyPeriod period, ServiceCalendars calendars) {
        if (unit == null) {
            return new DayPeriodEnd(
                    period.end(),
                    period.end().plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant(),
                    false);
        }
        return calendars.periodEnd(calendar, period.end(), amount, unit, true);
    }
}
