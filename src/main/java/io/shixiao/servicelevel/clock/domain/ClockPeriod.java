package io.shixiao.servicelevel.clock.domain;

import io.shixiao.servicelevel.calendar.PausedDays;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.Objects;

/**
 * The length of a clock's limit as fixed when it started (the standard's period with its blank filled
 * in by the party, or replaced by the policy's agreed term).
 *
 * @param amount number of units, at least 1
 * @param unit how the units are counted
 * @param calendarId the calendar the units are counted on, e.g. {@code CN}
 * @param rollRestDay 民法典第二百零三条: a rest-day last day rolls to the next working day
 * @param endAtCloseOfBusiness 民法典第二百零三条第二款: the last day ends at close of business
 * @param countedBack the deadline lies this long before the clock's anchor (续保提醒在保单到期前N天完成)
 * @param pausedDays which dates a pause leaves out of a day-based period: both end days (司法解释二第十五条)
 *     or only the days between them (the catalog's reading of 投诉办法第十八条第二款、第二十三条)
 */
public record ClockPeriod(
        long amount,
        PeriodUnit unit,
        String calendarId,
        boolean rollRestDay,
        boolean endAtCloseOfBusiness,
        boolean countedBack,
        PausedDays pausedDays) {

    public ClockPeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(pausedDays, "pausedDays");
        if (amount < 1) {
            throw new IllegalArgumentException("A period lasts at least one unit, not " + amount);
        }
        if (countedBack && unit != PeriodUnit.CALENDAR_DAYS) {
            throw new IllegalArgumentException("A period counted back is counted in calendar days, not " + unit);
        }
    }

    /** A period that runs forward from the start, whose pauses leave out both end days. */
    public static ClockPeriod forward(
            long amount, PeriodUnit unit, String calendarId, boolean rollRestDay, boolean endAtCloseOfBusiness) {
        return new ClockPeriod(
                amount, unit, calendarId, rollRestDay, endAtCloseOfBusiness, false, PausedDays.BOTH_END_DAYS);
    }

    /** In words for the timeline, e.g. {@code 10 WORKING_DAYS on CN}. */
    public String describe() {
        return amount + " " + unit + (countedBack ? " before the anchor" : "") + " on " + calendarId;
    }
}
