package io.shixiao.servicelevel;

/** How a period counted in days is counted (民法典第二百零一条、第二百零二条). */
public enum DayCount {
    /** Natural days, the event day not counted. */
    CALENDAR_DAYS,
    /** Working days of the calendar, counted from the day after the event. */
    WORKING_DAYS,
    /** Months: the corresponding day, or the month's end. */
    MONTHS
}
