package io.shixiao.servicelevel.calendar;

import io.shixiao.shared.time.ShanghaiTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Computes when a period ends, following 民法典第二百条至第二百零四条 on a {@link ServiceCalendar}.
 * All dates and times are Asia/Shanghai: a start with another offset is converted first, and the
 * event day is its Shanghai date.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><td>{@code MINUTES}, {@code HOURS}</td><td>elapsed time from the start instant (第二百零一条第二款); no calendar, no roll</td></tr>
 *   <tr><td>{@code CALENDAR_DAYS}</td><td>the event day is not counted (第二百零一条); last day = event day + N; a rest-day last day rolls to the next working day (第二百零三条)</td></tr>
 *   <tr><td>{@code WORKING_DAYS}</td><td>N working days counted from the day after the event; the last is a working day</td></tr>
 *   <tr><td>{@code MONTHS}</td><td>the corresponding day N months later, or that month's end (第二百零二条); rest-day roll</td></tr>
 *   <tr><td>{@code SERVICE_HOURS}</td><td>time elapsed only inside the service windows; a start outside a window counts from the next opening; an amount used up exactly at a close ends at that close</td></tr>
 * </table>
 *
 * A day-based period ends at 24:00 of its last day, written as 00:00 of the next day, or at the
 * close of business of the last day when {@link PeriodRules#endAtCloseOfBusiness()} and the calendar
 * names business hours for it (第二百零三条第二款). {@link PeriodRules#rollRestDay()} off switches the
 * roll off (第二百零四条).
 *
 * <p><b>Unpublished years.</b> A {@link Deadline} lists the years without a published holiday
 * schedule among the days whose working status the result depends on: for {@code WORKING_DAYS} every
 * day from the day after the event to the last day; for {@code CALENDAR_DAYS} and {@code MONTHS} the
 * days from the unrolled last day to the rolled one (none when neither the roll nor the close of
 * business applies); for {@code SERVICE_HOURS} every day from the start date to the end date; none for
 * {@code MINUTES} and {@code HOURS}.
 *
 * <p><b>Suspensions (pauses).</b> A clock that was paused passes its {@link Suspension}s to {@link
 * #deadline(ServiceCalendar, ZonedDateTime, long, PeriodUnit, PeriodRules, List)}, which counts the
 * period as if the suspended time did not exist: for day-based units the Shanghai dates a suspension
 * leaves out by its {@link PausedDays} rule (every date it touches, both end dates included, 司法解释二第十五条:
 * "自通知到达之日起，至资料到达之日止"; or only the dates strictly between its start and end dates, the
 * earlier-warning reading of 投诉办法第十八条第二款、第二十三条) are skipped when counting and cannot be the
 * last day; a {@code MONTHS} period is first turned into its
 * number of calendar days; for {@code MINUTES}/{@code HOURS} the suspended elapsed time, and for
 * {@code SERVICE_HOURS} the suspended service time, is added. Recomputing from the original start
 * with the full list of suspensions is exact and idempotent, so a clock never has to remember a
 * "remaining" amount.
 *
 * <p>Calendars built by {@link ServiceCalendarBuilder} are answered in O(1) from precomputed tables
 * (working days by cumulative counts); other calendars by day-by-day loops.
 */
public final class PeriodArithmetic {

    /** The zone of every statutory period. */
    public static final ZoneId SHANGHAI = ShanghaiTime.ZONE;

    private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);
    // Since this instant (the end of the last daylight-saving period) Shanghai is always UTC+8.
    private static final long FIXED_OFFSET_SINCE = LocalDate.of(1992, 1, 1).toEpochDay();
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    private PeriodArithmetic() {}

    /**
     * The largest amount accepted for {@code unit}: far beyond any service standard, small enough to
     * keep every result inside the calendar's range.
     */
    public static long maximumAmount(PeriodUnit unit) {
        return switch (unit) {
            case MINUTES -> 1_000_000;
            case HOURS -> 100_000;
            case CALENDAR_DAYS -> 10_000;
            case WORKING_DAYS -> 5_000;
            case MONTHS -> 600;
            case SERVICE_HOURS -> 50_000;
        };
    }

    /**
     * When a period of {@code amount} {@code unit}s from {@code start} ends.
     *
     * @throws IllegalArgumentException when {@code amount} is below 1 or above {@link #maximumAmount}
     */
    public static Deadline deadline(
            ServiceCalendar calendar, ZonedDateTime start, long amount, PeriodUnit unit, PeriodRules rules) {
        checkAmount(amount, unit);
        ZonedDateTime local = inShanghai(start);
        return switch (unit) {
            case MINUTES -> new Deadline(null, local.plusMinutes(amount), Set.of());
            case HOURS -> new Deadline(null, local.plusHours(amount), Set.of());
            case SERVICE_HOURS -> serviceHours(index(calendar), local, amount * NANOS_PER_HOUR, List.of());
            case CALENDAR_DAYS, WORKING_DAYS, MONTHS ->
                dayBased(index(calendar), local.toLocalDate(), amount, unit, rules);
        };
    }

    /**
     * When a period ends that does not run during {@code suspensions} (see the class comment). With
     * no suspension this is {@link #deadline(ServiceCalendar, ZonedDateTime, long, PeriodUnit,
     * PeriodRules)}; suspensions may overlap, touch, be in any order, or lie before the start or after
     * the end (they are then ignored).
     */
    public static Deadline deadline(
            ServiceCalendar calendar,
            ZonedDateTime start,
            long amount,
            PeriodUnit unit,
            PeriodRules rules,
            List<Suspension> suspensions) {
        if (suspensions.isEmpty()) {
            return deadline(calendar, start, amount, unit, rules);
        }
        checkAmount(amount, unit);
        ZonedDateTime local = inShanghai(start);
        return switch (unit) {
            case MINUTES ->
                new Deadline(null, elapsedWithout(local, Duration.ofMinutes(amount), suspensions), Set.of());
            case HOURS -> new Deadline(null, elapsedWithout(local, Duration.ofHours(amount), suspensions), Set.of());
            case SERVICE_HOURS -> serviceHours(index(calendar), local, amount * NANOS_PER_HOUR, suspensions);
            case CALENDAR_DAYS, WORKING_DAYS, MONTHS ->
                dayBasedWithout(index(calendar), local.toLocalDate(), amount, unit, rules, suspensions);
        };
    }

    private static DayIndex index(ServiceCalendar calendar) {
        return calendar instanceof TableCalendar table ? table : new LoopingDayIndex(calendar);
    }

    private static void checkAmount(long amount, PeriodUnit unit) {
        if (amount < 1 || amount > maximumAmount(unit)) {
            throw new IllegalArgumentException(
                    "A period of " + unit + " must be between 1 and " + maximumAmount(unit) + ", not " + amount);
        }
    }

    private static ZonedDateTime inShanghai(ZonedDateTime start) {
        return start.getZone().equals(SHANGHAI) ? start : start.withZoneSameInstant(SHANGHAI);
    }

    private static Deadline dayBased(
            DayIndex index, LocalDate eventDate, long amount, PeriodUnit unit, PeriodRules rules) {
        long event = eventDate.toEpochDay();
        if (unit == PeriodUnit.WORKING_DAYS) {
            long last = index.plusWorkingDays(event, amount);
            return endOf(index, last, rules, index.unpublishedYears(event + 1, last));
        }
        long unrolled = unit == PeriodUnit.CALENDAR_DAYS
                ? event + amount
                : eventDate.plusMonths(amount).toEpochDay();
        long last = rules.rollRestDay() ? index.firstWorkingOnOrAfter(unrolled) : unrolled;
        boolean dependsOnCalendar = rules.rollRestDay() || rules.endAtCloseOfBusiness();
        return endOf(index, last, rules, dependsOnCalendar ? index.unpublishedYears(unrolled, last) : Set.of());
    }

    private static Deadline dayBasedWithout(
            DayIndex index,
            LocalDate eventDate,
            long amount,
            PeriodUnit unit,
            PeriodRules rules,
            List<Suspension> suspensions) {
        long event = eventDate.toEpochDay();
        long[][] skipped = skippedDays(suspensions, event);
        long cursor = event;
        if (unit == PeriodUnit.WORKING_DAYS) {
            long remaining = amount;
            for (long[] range : skipped) {
                long counted = index.workingDaysBetween(cursor, range[0] - 1);
                if (counted >= remaining) {
                    break;
                }
                remaining -= counted;
                cursor = range[1];
            }
            long last = index.plusWorkingDays(cursor, remaining);
            return endOf(index, last, rules, index.unpublishedYears(event + 1, last));
        }
        long remaining = unit == PeriodUnit.CALENDAR_DAYS
                ? amount
                : eventDate.plusMonths(amount).toEpochDay() - event;
        for (long[] range : skipped) {
            if (range[0] - 1 - cursor >= remaining) {
                break;
            }
            remaining -= range[0] - 1 - cursor;
            cursor = range[1];
        }
        long unrolled = cursor + remaining;
        long last = unrolled;
        if (rules.rollRestDay()) {
            boolean moved = true;
            while (moved) {
                moved = false;
                last = index.firstWorkingOnOrAfter(last);
                for (long[] range : skipped) {
                    if (last >= range[0] && last <= range[1]) {
                        last = range[1] + 1;
                        moved = true;
                    }
                }
            }
        }
        boolean dependsOnCalendar = rules.rollRestDay() || rules.endAtCloseOfBusiness();
        return endOf(index, last, rules, dependsOnCalendar ? index.unpublishedYears(unrolled, last) : Set.of());
    }

    /**
     * The dates after the event day that suspensions leave out, as sorted, merged, inclusive ranges: each
     * suspension by its own {@link PausedDays} rule, the union of them all. Under {@code DAYS_BETWEEN} a day on
     * which one pause ends and another begins is the end day of one and the start day of the other, so it
     * is counted.
     */
    private static long[][] skippedDays(List<Suspension> suspensions, long event) {
        List<long[]> ranges = new ArrayList<>();
        for (Suspension suspension : suspensions) {
            long firstDate = inShanghai(suspension.from()).toLocalDate().toEpochDay();
            long lastDate = inShanghai(suspension.until()).toLocalDate().toEpochDay();
            boolean endDaysOut = suspension.pausedDays() == PausedDays.BOTH_END_DAYS;
            long from = Math.max(event + 1, endDaysOut ? firstDate : firstDate + 1);
            long until = endDaysOut ? lastDate : lastDate - 1;
            if (until >= from) {
                ranges.add(new long[] {from, until});
            }
        }
        ranges.sort(Comparator.comparingLong(range -> range[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : ranges) {
            long[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && range[0] <= previous[1] + 1) {
                previous[1] = Math.max(previous[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged.toArray(new long[0][]);
    }

    private static Deadline endOf(DayIndex index, long last, PeriodRules rules, Set<Integer> unpublishedYears) {
        LocalDate lastDay = LocalDate.ofEpochDay(last);
        long close = rules.endAtCloseOfBusiness() ? index.closeOfBusiness(last) : -1;
        ZonedDateTime end = close >= 0 ? at(last, close) : at(last + 1, 0);
        return new Deadline(lastDay, end, unpublishedYears);
    }

    /** The Shanghai date-time {@code nanoOfDay} into {@code day} ({@code nanoOfDay} may be a whole day). */
    private static ZonedDateTime at(long day, long nanoOfDay) {
        if (nanoOfDay >= NANOS_PER_DAY) {
            day += nanoOfDay / NANOS_PER_DAY;
            nanoOfDay %= NANOS_PER_DAY;
        }
        LocalDateTime dateTime = LocalDateTime.of(LocalDate.ofEpochDay(day), LocalTime.ofNanoOfDay(nanoOfDay));
        return day >= FIXED_OFFSET_SINCE
                ? ZonedDateTime.ofInstant(dateTime, CHINA_STANDARD_TIME, SHANGHAI)
                : ZonedDateTime.of(dateTime, SHANGHAI);
    }

    private static Deadline serviceHours(
            DayIndex index, ZonedDateTime start, long amountNanos, List<Suspension> suspensions) {
        long[][] paused = pausedLocalNanos(suspensions);
        long startDay = start.toLocalDate().toEpochDay();
        long day = startDay;
        long from = start.toLocalTime().toNanoOfDay();
        long remaining = amountNanos;
        int daysWithoutService = 0;
        while (true) {
            long[] opens = index.windowOpens(day);
            long[] closes = index.windowCloses(day);
            boolean served = false;
            for (int i = 0; i < opens.length; i++) {
                if (closes[i] <= from) {
                    continue;
                }
                served = true;
                long segmentStart = Math.max(opens[i], from);
                if (paused.length == 0) {
                    long available = closes[i] - segmentStart;
                    if (remaining <= available) {
                        return serviceEnd(index, startDay, day, segmentStart + remaining);
                    }
                    remaining -= available;
                } else {
                    long[] result = consumeOutsidePauses(day, segmentStart, closes[i], remaining, paused);
                    if (result[0] == 0) {
                        return serviceEnd(index, startDay, day, result[1]);
                    }
                    remaining = result[0];
                }
            }
            daysWithoutService = served ? 0 : daysWithoutService + 1;
            if (daysWithoutService > TableCalendar.MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalArgumentException("The calendar has no service window after " + start);
            }
            day++;
            from = 0;
        }
    }

    private static Deadline serviceEnd(DayIndex index, long startDay, long day, long nanoOfDay) {
        return new Deadline(null, at(day, nanoOfDay), index.unpublishedYears(startDay, day));
    }

    /**
     * Uses the segment {@code [segmentStart, close)} of {@code day} minus the paused spans: answers
     * {0, end nano of day} when the amount is used up inside it, else {the amount still remaining, -1}.
     */
    private static long[] consumeOutsidePauses(
            long day, long segmentStart, long close, long remaining, long[][] paused) {
        long base = Math.multiplyExact(day, NANOS_PER_DAY);
        long cursor = base + segmentStart;
        long segmentEnd = base + close;
        for (long[] pause : paused) {
            if (pause[1] <= cursor) {
                continue;
            }
            if (pause[0] >= segmentEnd) {
                break;
            }
            long available = Math.max(0, pause[0] - cursor);
            if (remaining <= available) {
                return new long[] {0, cursor + remaining - base};
            }
            remaining -= available;
            cursor = Math.max(cursor, pause[1]);
            if (cursor >= segmentEnd) {
                return new long[] {remaining, -1};
            }
        }
        long available = segmentEnd - cursor;
        if (remaining <= available) {
            return new long[] {0, cursor + remaining - base};
        }
        return new long[] {remaining - available, -1};
    }

    /** Suspensions as sorted, merged spans of Shanghai local time in nanoseconds since 1970-01-01T00:00. */
    private static long[][] pausedLocalNanos(List<Suspension> suspensions) {
        if (suspensions.isEmpty()) {
            return new long[0][];
        }
        List<long[]> spans = new ArrayList<>();
        for (Suspension suspension : suspensions) {
            long from = localNanos(suspension.from());
            long until = localNanos(suspension.until());
            if (until > from) {
                spans.add(new long[] {from, until});
            }
        }
        spans.sort(Comparator.comparingLong(span -> span[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] span : spans) {
            long[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && span[0] <= previous[1]) {
                previous[1] = Math.max(previous[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged.toArray(new long[0][]);
    }

    private static long localNanos(ZonedDateTime time) {
        LocalDateTime local = inShanghai(time).toLocalDateTime();
        return Math.addExact(
                Math.multiplyExact(local.toLocalDate().toEpochDay(), NANOS_PER_DAY),
                local.toLocalTime().toNanoOfDay());
    }

    private static ZonedDateTime elapsedWithout(ZonedDateTime start, Duration amount, List<Suspension> suspensions) {
        List<Instant[]> spans = new ArrayList<>();
        for (Suspension suspension : suspensions) {
            spans.add(new Instant[] {
                suspension.from().toInstant(), suspension.until().toInstant()
            });
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        Instant cursor = start.toInstant();
        Duration remaining = amount;
        for (Instant[] span : spans) {
            if (!span[1].isAfter(cursor)) {
                continue;
            }
            Duration before = span[0].isAfter(cursor) ? Duration.between(cursor, span[0]) : Duration.ZERO;
            if (remaining.compareTo(before) <= 0) {
                break;
            }
            remaining = remaining.minus(before);
            cursor = span[1];
        }
        return cursor.plus(remaining).atZone(SHANGHAI);
    }
}
