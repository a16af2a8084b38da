package io.shixiao.servicelevel;

import java.time.LocalDate;

/**
 * The engine's calendars for other modules: when a period counted in days from a given day ends, on
 * the statutory calendar ({@code CN}) or another calendar of the engine, by the rules of
 * 民法典第二百零一条至第二百零四条. Modules that need a due day (a monthly report due by the tenth
 * working day of the next month) ask here rather than counting days themselves.
 */
public interface ServiceCalendars {

    /** The id of the statutory calendar: weekends, statutory holidays and adjusted working days. */
    String STATUTORY = "CN";

    /**
     * The end of a period of {@code amount} {@code unit}s counted from {@code eventDay}: the event day
     * itself is not counted (第二百零一条); a rest-day last day rolls to the next working day when
     * {@code rollRestDay} (第二百零三条), not when the text fixes the day (第二百零四条).
     *
     * @throws IllegalArgumentException for an unknown calendar or an amount below 1 or beyond the engine's range
     */
    DayPeriodEnd periodEnd(String calendarId, LocalDate eventDay, int amount, DayCount unit, boolean rollRestDay);

    /** Whether the engine has a calendar with this id. */
    boolean knows(String calendarId);

    /** Whether {@code day} is a working day of the calendar. */
    boolean isWorkingDay(String calendarId, LocalDate day);
}
