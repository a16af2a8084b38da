package io.shixiao.servicelevel.calendar;

/** What a day is on a calendar, as the State Council's holiday notices describe it. */
public enum DayKind {
    /** An ordinary Monday to Friday that is worked. */
    WORKDAY,
    /** A Saturday or Sunday that is not worked. */
    WEEKEND,
    /** A statutory holiday (法定节假日), including the weekend days inside a holiday block. */
    HOLIDAY,
    /** A Saturday or Sunday worked in exchange for a holiday (调休上班). */
    ADJUSTED_WORKDAY;

    /** Whether people work on a day of this kind. */
    public boolean isWorking() {
        return this == WORKDAY || this == ADJUSTED_WORKDAY;
    }
}
