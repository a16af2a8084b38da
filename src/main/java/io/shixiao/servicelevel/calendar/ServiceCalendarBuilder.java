package io.shixiao.servicelevel.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds a calendar from data: which days are worked (the statutory schedule, or every day) and the
 * service windows of each kind of day. This is how the standard calendars are made and how an
 * outlet's business hours become a calendar ({@code outlet:{id}}):
 *
 * <pre>{@code
 * ServiceCalendarBuilder.calendar("outlet:42")
 *     .restDaysOf(schedule)
 *     .windowOnWorkingDays(ServiceWindow.parse("08:30-12:00"))
 *     .windowOnWorkingDays(ServiceWindow.parse("13:30-17:00"))
 *     .windowOn(DayOfWeek.SATURDAY, ServiceWindow.parse("09:00-12:00"))
 *     .build();
 * }</pre>
 *
 * A day's windows are chosen by its category: a working day by its day of the week (adjusted
 * working days 调休上班 by {@link #windowOnAdjustedWorkdays}), a rest day by {@link
 * #windowOnRestDays}. Windows of one category must not overlap.
 */
public final class ServiceCalendarBuilder {

    private final String id;
    private StatutorySchedule schedule = StatutorySchedule.empty();
    private boolean everyDayWorking;
    private final List<List<ServiceWindow>> windows = new ArrayList<>();

    private ServiceCalendarBuilder(String id) {
        this.id = Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A calendar needs an id");
        }
        for (int category = 0; category <= TableCalendar.REST_CATEGORY; category++) {
            windows.add(new ArrayList<>());
        }
    }

    /** Starts a calendar named {@code id}; without further calls its rest days are the weekends. */
    public static ServiceCalendarBuilder calendar(String id) {
        return new ServiceCalendarBuilder(id);
    }

    /** Rest days are weekends and statutory holidays, with adjusted working days worked. */
    public ServiceCalendarBuilder restDaysOf(StatutorySchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.everyDayWorking = false;
        return this;
    }

    /** Every day is a working day, holidays included (24x7, 365×8). */
    public ServiceCalendarBuilder everyDayWorking() {
        this.everyDayWorking = true;
        return this;
    }

    /** Adds a window to every working day, adjusted working days included. */
    public ServiceCalendarBuilder windowOnWorkingDays(ServiceWindow window) {
        for (int category = 0; category <= TableCalendar.ADJUSTED_CATEGORY; category++) {
            windows.get(category).add(window);
        }
        return this;
    }

    /** Adds a window to {@code day} when it is a working day (an outlet's hours for that weekday). */
    public ServiceCalendarBuilder windowOn(DayOfWeek day, ServiceWindow window) {
        windows.get(day.ordinal()).add(window);
        return this;
    }

    /** Adds a window to adjusted working days (调休上班). */
    public ServiceCalendarBuilder windowOnAdjustedWorkdays(ServiceWindow window) {
        windows.get(TableCalendar.ADJUSTED_CATEGORY).add(window);
        return this;
    }

    /** Adds a window to rest days (weekends and holidays). */
    public ServiceCalendarBuilder windowOnRestDays(ServiceWindow window) {
        windows.get(TableCalendar.REST_CATEGORY).add(window);
        return this;
    }

    /** Adds a window to every day, working or not. */
    public ServiceCalendarBuilder windowOnEveryDay(ServiceWindow window) {
        windowOnWorkingDays(window);
        return windowOnRestDays(window);
    }

    /**
     * The calendar.
     *
     * @throws IllegalArgumentException when windows of one kind of day overlap
     */
    public ServiceCalendar build() {
        List<List<ServiceWindow>> sorted = new ArrayList<>();
        for (List<ServiceWindow> category : windows) {
            List<ServiceWindow> ordered = new ArrayList<>(category);
            ordered.sort(Comparator.comparingLong(ServiceWindow::openNanoOfDay));
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i).openNanoOfDay() < ordered.get(i - 1).closeNanoOfDay()) {
                    throw new IllegalArgumentException("Service windows " + ordered.get(i - 1) + " and "
                            + ordered.get(i) + " of calendar " + id + " overlap");
                }
            }
            sorted.add(ordered);
        }
        return new TableCalendar(id, schedule, everyDayWorking, sorted);
    }
}
