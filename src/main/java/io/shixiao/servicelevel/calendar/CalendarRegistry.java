package io.shixiao.servicelevel.calendar;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calendars in use, by id. Thread-safe: readers see a consistent snapshot without locking, and
 * a reload swaps whole calendars in ({@link #register}), so a computation never mixes two versions
 * of one calendar.
 */
public final class CalendarRegistry {

    private volatile Map<String, ServiceCalendar> calendars = Map.of();

    /** A registry holding {@code calendars}. */
    public static CalendarRegistry of(Collection<ServiceCalendar> calendars) {
        CalendarRegistry registry = new CalendarRegistry();
        registry.register(calendars);
        return registry;
    }

    /** The calendar with {@code id}, if any. */
    public Optional<ServiceCalendar> find(String id) {
        return Optional.ofNullable(calendars.get(id));
    }

    /**
     * The calendar with {@code id}.
     *
     * @throws IllegalArgumentException when there is none
     */
    public ServiceCalendar get(String id) {
        ServiceCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException("Unknown calendar " + id + "; known: " + calendars.keySet());
        }
        return calendar;
    }

    /** Every calendar, by id. */
    public List<ServiceCalendar> all() {
        return calendars.values().stream()
                .sorted(Comparator.comparing(ServiceCalendar::id))
                .toList();
    }

    /** Adds {@code added}, replacing calendars with the same ids. */
    public synchronized void register(Collection<ServiceCalendar> added) {
        Map<String, ServiceCalendar> next = new LinkedHashMap<>(calendars);
        added.forEach(calendar -> next.put(calendar.id(), calendar));
        calendars = Map.copyOf(next);
    }

    /** Adds {@code calendar}, replacing one with the same id. */
    public void register(ServiceCalendar calendar) {
        register(List.of(calendar));
    }

    /** Removes the calendar with {@code id}, if present. */
    public synchronized void remove(String id) {
        Map<String, ServiceCalendar> next = new LinkedHashMap<>(calendars);
        next.remove(id);
        calendars = Map.copyOf(next);
    }
}
