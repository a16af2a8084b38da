package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.Objects;

/**
 * The length of a clock's limit as fixed when it started (the standard's period with any contract
 * parameter resolved).
 *
 * @param amount number of units, at least 1
 * @param unit how the units are counted
 * @param calendarId the calendar the units are counted on, e.g. {@code CN}
 * @param rollRestDay 民法典第二百零三条: a rest-day last day rolls to the next working day
 * @param endAtCloseOfBusiness 民法典第二百零三条第二款: the last day ends at close of business
 */
public record ClockPeriod(
        long amount, PeriodUnit unit, String calendarId, boolean rollRestDay, boolean endAtCloseOfBusiness) {

    public ClockPeriod {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(calendarId, "calendarId");
        if (amount < 1) {
            throw new IllegalArgumentException("A period lasts at least one unit, not " + amount);
        }
    }

    /** The same period lengthened by {@code more} units. */
    ClockPeriod plus(long more) {
        return new ClockPeriod(amount + more, unit, calendarId, rollRestDay, endAtCloseOfBusiness);
    }
}
