package io.shixiao.servicelevel.calendar;

/** The units a time limit is counted in (DESIGN §3, 民法典 200–204). */
public enum PeriodUnit {
    /** Elapsed minutes from the event instant (民法典 201 ¶2). */
    MINUTES,
    /** Elapsed hours from the event instant (民法典 201 ¶2). */
    HOURS,
    /** Days; the event day is not counted (201); a rest-day last day rolls to the next working day (203). */
    CALENDAR_DAYS,
    /** Working days of the calendar, counted from the day after the event. */
    WORKING_DAYS,
    /** Months to the corresponding date or the month end (202), with the rest-day roll (203). */
    MONTHS,
    /** Hours elapsed only inside the calendar's service windows. */
    SERVICE_HOURS;

    /** Whether the period ends at the end of a last day rather than at an instant. */
    public boolean isDayBased() {
        return this == CALENDAR_DAYS || this == WORKING_DAYS || this == MONTHS;
    }
}
