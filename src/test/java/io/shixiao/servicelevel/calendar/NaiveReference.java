package io.shixiao.servicelevel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent, deliberately naive implementation of the period rules: reads the reference CSV
 * itself and walks day by day with java.time only. It shares no code with production.
 */
final class NaiveReference {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String CSV = "/calendars/cn/cn-statutory-calendar-2020-2026.csv";

    final Map<LocalDate, String> types = new HashMap<>();
    final Map<LocalDate, String> names = new HashMap<>();
    final Set<Integer> years = new HashSet<>();

    /** The result of one computation: lastDay may be null. */
    record Result(LocalDate lastDay, ZonedDateTime end, Set<Integer> unpublished) {}

    /**
     * A pause; for day-based units it leaves out every date from its first to its last, or with {@code
     * onlyDaysBetween} only the dates strictly between them.
     */
    record Pause(ZonedDateTime from, ZonedDateTime until, boolean onlyDaysBetween) {}

    static NaiveReference load() {
        NaiveReference reference = new NaiveReference();
        try (InputStream in = NaiveReference.class.getResourceAsStream(CSV)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            reference.read(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reference;
    }

    void read(String text) {
        for (String line : text.split("\n")) {
            line = line.trim();
            if (line.isEmpty() || line.startsWith("date,")) {
                continue;
            }
            String[] f = line.split(",", 3);
            LocalDate date = LocalDate.parse(f[0]);
            types.put(date, f[1]);
            names.put(date, f[2]);
            years.add(date.getYear());
        }
    }

    boolean statutory(String calendar) {
        return calendar.equals("CN") || calendar.equals("CN-OFFICE");
    }

    boolean working(String calendar, LocalDate date, Set<Integer> touched) {
        if (!statutory(calendar)) {
            return true;
        }
        touched.add(date.getYear());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!years.contains(date.getYear())) {
            return !weekend;
        }
        String type = types.get(date);
        if ("holiday".equals(type)) {
            return false;
        }
        if ("workday".equals(type)) {
            return true;
        }
        return !weekend;
    }

    /** Windows as [open, close) LocalDateTimes of the date. */
    List<LocalDateTime[]> windows(String calendar, LocalDate date, Set<Integer> touched) {
        LocalDateTime midnight = date.atStartOfDay();
        LocalDateTime nextMidnight = date.plusDays(1).atStartOfDay();
        LocalDateTime opens = date.atTime(8, 30);
        LocalDateTime closes = date.atTime(17, 0);
        switch (calendar) {
            case "24x7":
                return List.<LocalDateTime[]>of(new LocalDateTime[] {midnight, nextMidnight});
            case "365x8":
                return List.<LocalDateTime[]>of(new LocalDateTime[] {opens, closes});
            case "CN":
                return working(calendar, date, touched)
                        ? List.<LocalDateTime[]>of(new LocalDateTime[] {midnight, nextMidnight})
                        : List.of();
            case "CN-OFFICE":
                return working(calendar, date, touched)
                        ? List.<LocalDateTime[]>of(new LocalDateTime[] {opens, closes})
                        : List.of();
            default:
                throw new IllegalArgumentException(calendar);
        }
    }

    Result compute(
            String calendar, ZonedDateTime start, long amount, String unit, boolean roll, boolean closeOfBusiness) {
        ZonedDateTime local = start.withZoneSameInstant(SHANGHAI);
        Set<Integer> touched = new TreeSet<>();
        if (unit.equals("MINUTES")) {
            return new Result(null, local.plus(Duration.ofMinutes(amount)), Set.of());
        }
        if (unit.equals("HOURS")) {
            return new Result(null, local.plus(Duration.ofHours(amount)), Set.of());
        }
        if (unit.equals("SERVICE_HOURS")) {
            Duration remaining = Duration.ofHours(amount);
            LocalDateTime cursor = local.toLocalDateTime();
            LocalDate date = cursor.toLocalDate();
            while (true) {
                for (LocalDateTime[] window : windows(calendar, date, touched)) {
                    LocalDateTime from = cursor.isAfter(window[0]) ? cursor : window[0];
                    if (!from.isBefore(window[1])) {
                        continue;
                    }
                    Duration available = Duration.between(from, window[1]);
                    if (remaining.compareTo(available) <= 0) {
                        return new Result(null, from.plus(remaining).atZone(SHANGHAI), unpublished(touched));
                    }
                    remaining = remaining.minus(available);
                }
                date = date.plusDays(1);
                cursor = date.atStartOfDay();
            }
        }
        LocalDate event = local.toLocalDate();
        LocalDate last;
        if (unit.equals("WORKING_DAYS")) {
            last = event;
            long counted = 0;
            while (counted < amount) {
                last = last.plusDays(1);
                if (working(calendar, last, touched)) {
                    counted++;
                }
            }
        } else {
            last = unit.equals("CALENDAR_DAYS") ? event.plusDays(amount) : event.plusMonths(amount);
            if (roll) {
                while (!working(calendar, last, touched)) {
                    last = last.plusDays(1);
                }
            }
        }
        ZonedDateTime end = last.plusDays(1).atStartOfDay(SHANGHAI);
        if (closeOfBusiness) {
            List<LocalDateTime[]> windows = windows(calendar, last, touched);
            if (!windows.isEmpty()) {
                LocalDateTime close = windows.get(windows.size() - 1)[1];
                if (close.toLocalTime().equals(LocalTime.of(17, 0))) {
                    end = close.atZone(SHANGHAI);
                }
            }
        }
        return new Result(last, end, unpublished(touched));
    }

    private Set<Integer> unpublished(Set<Integer> touched) {
        Set<Integer> result = new TreeSet<>();
        for (Integer year : touched) {
            if (!years.contains(year)) {
                result.add(year);
            }
        }
        return result;
    }

    /**
     * The same rules with suspensions, minute by minute for elapsed and service time, day by day for
     * day-based units (a date a pause leaves out is not counted and cannot be the last day).
     * Starts and suspension bounds are whole minutes.
     */
    Result computeSuspended(
            String calendar,
            ZonedDateTime start,
            long amount,
            String unit,
            boolean roll,
            boolean closeOfBusiness,
            List<Pause> pauses) {
        ZonedDateTime local = start.withZoneSameInstant(SHANGHAI);
        Set<Integer> touched = new TreeSet<>();
        if (unit.equals("MINUTES") || unit.equals("HOURS") || unit.equals("SERVICE_HOURS")) {
            long minutes = unit.equals("MINUTES") ? amount : amount * 60;
            LocalDateTime cursor = local.toLocalDateTime();
            LocalDate windowsDay = null;
            List<LocalDateTime[]> windows = List.of();
            while (minutes > 0) {
                boolean counts = !paused(cursor, pauses);
                if (counts && unit.equals("SERVICE_HOURS")) {
                    if (!cursor.toLocalDate().equals(windowsDay)) {
                        windowsDay = cursor.toLocalDate();
                        windows = windows(calendar, windowsDay, touched);
                    }
                    boolean open = false;
                    for (LocalDateTime[] window : windows) {
                        open |= !cursor.isBefore(window[0]) && cursor.isBefore(window[1]);
                    }
                    counts = open;
                }
                if (counts) {
                    minutes--;
                }
                cursor = cursor.plusMinutes(1);
            }
            return new Result(
                    null, cursor.atZone(SHANGHAI), unit.equals("SERVICE_HOURS") ? unpublished(touched) : Set.of());
        }
        LocalDate event = local.toLocalDate();
        LocalDate last = event;
        if (unit.equals("WORKING_DAYS")) {
            long counted = 0;
            while (counted < amount) {
                last = last.plusDays(1);
                if (working(calendar, last, touched) && !excluded(last, pauses)) {
                    counted++;
                }
            }
        } else {
            long days = unit.equals("CALENDAR_DAYS")
                    ? amount
                    : java.time.temporal.ChronoUnit.DAYS.between(event, event.plusMonths(amount));
            long counted = 0;
            while (counted < days) {
                last = last.plusDays(1);
                if (!excluded(last, pauses)) {
                    counted++;
                }
            }
            if (roll) {
                while (!working(calendar, last, touched) || excluded(last, pauses)) {
                    last = last.plusDays(1);
                }
            }
        }
        ZonedDateTime end = last.plusDays(1).atStartOfDay(SHANGHAI);
        if (closeOfBusiness) {
            List<LocalDateTime[]> windows = windows(calendar, last, touched);
            if (!windows.isEmpty()
                    && windows.get(windows.size() - 1)[1].toLocalTime().equals(LocalTime.of(17, 0))) {
                end = windows.get(windows.size() - 1)[1].atZone(SHANGHAI);
            }
        }
        if (!unit.equals("WORKING_DAYS") && !roll && !closeOfBusiness) {
            touched.clear();
        }
        return new Result(last, end, unpublished(touched));
    }

    private static boolean paused(LocalDateTime minute, List<Pause> pauses) {
        for (Pause pause : pauses) {
            LocalDateTime from = pause.from().withZoneSameInstant(SHANGHAI).toLocalDateTime();
            LocalDateTime until = pause.until().withZoneSameInstant(SHANGHAI).toLocalDateTime();
            if (!minute.isBefore(from) && minute.isBefore(until)) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(LocalDate day, List<Pause> pauses) {
        for (Pause pause : pauses) {
            LocalDate from = pause.from().withZoneSameInstant(SHANGHAI).toLocalDate();
            LocalDate until = pause.until().withZoneSameInstant(SHANGHAI).toLocalDate();
            boolean inside = pause.onlyDaysBetween()
                    ? day.isAfter(from) && day.isBefore(until)
                    : !day.isBefore(from) && !day.isAfter(until);
            if (inside) {
                return true;
            }
        }
        return false;
    }
}
