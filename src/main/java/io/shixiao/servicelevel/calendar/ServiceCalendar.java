package io.shixiao.servicelevel.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A calendar that periods are counted on: which days are worked, which are statutory holidays, and
 * during which windows of a day a service is open. Dates are Asia/Shanghai dates.
 *
 * <p>Implementations must be immutable and thread-safe. Calendars made by {@link
 * ServiceCalendarBuilder} are backed by precomputed tables that {@link PeriodArithmetic} uses in
 * O(1); any other implementation is served by plain day-by-day loops over these methods.
 */
public interface ServiceCalendar {

    /** The calendar's id, such as {@code CN}, {@code CN-OFFICE}, {@code 24x7} or {@code outlet:42}. */
    String id();

    /** Whether {@code date} is a working day; every other day is a rest day (民法典第二百零三条). */
    boolean isWorkingDay(LocalDate date);

    /** The name of the statutory holiday or of the holiday an adjusted working day belongs to. */
    Optional<String> holidayName(LocalDate date);

    /** What kind of day {@code date} is. */
    DayKind dayKind(LocalDate date);

    /**
     * Whether the holiday schedule of {@code year} is known. An unpublished year is served with
     * weekends only, and deadlines that depend on it say so.
     */
    boolean isPublished(int year);

    /** Whether the calendar follows the statutory holiday schedule (and so has published years). */
    boolean followsStatutoryHolidays();

    /**
     * The service windows of {@code date}, in order, not overlapping; empty when the service is
     * closed that day.
     */
    List<ServiceWindow> windowsOn(LocalDate date);

    /**
     * The close of business of {@code date}: the close of its last service window when that is
     * before 24:00; empty when the calendar names no business hours for the day (the day then ends at
     * 24:00, 民法典第二百零三条第二款).
     */
    default Optional<LocalTime> closeOfBusiness(LocalDate date) {
        List<ServiceWindow> windows = windowsOn(date);
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        ServiceWindow last = windows.get(windows.size() - 1);
        return last.closesAtMidnight() ? Optional.empty() : Optional.of(last.close());
    }
}
