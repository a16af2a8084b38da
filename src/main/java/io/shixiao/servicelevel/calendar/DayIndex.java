package io.shixiao.servicelevel.calendar;

import java.util.Set;

/**
 * The day-level questions period arithmetic asks, on epoch days (days since 1970-01-01, Asia/Shanghai
 * dates) and nanoseconds of the day. Calendars of {@link ServiceCalendarBuilder} answer them from
 * precomputed tables; {@link LoopingDayIndex} answers them for any other calendar day by day.
 */
interface DayIndex {

    boolean isWorking(long day);

    /** Working days in {@code (fromExclusive, toInclusive]}; 0 when the range is empty. */
    long workingDaysBetween(long fromExclusive, long toInclusive);

    /** The {@code n}-th working day after {@code day} ({@code n} ≥ 1). */
    long plusWorkingDays(long day, long n);

    /** {@code day} if it is a working day, else the next working day. */
    long firstWorkingOnOrAfter(long day);

    /** The unpublished years among the years of the days {@code [fromInclusive, toInclusive]}. */
    Set<Integer> unpublishedYears(long fromInclusive, long toInclusive);

    /** The openings of the day's service windows, in nanoseconds of the day, ascending. */
    long[] windowOpens(long day);

    /** The closes of the day's service windows (24:00 is 86,400 s), matching {@link #windowOpens}. */
    long[] windowCloses(long day);

    /** The close of business of the day in nanoseconds of the day, or -1 when the day has none. */
    long closeOfBusiness(long day);
}
