package io.shixiao.servicelevel.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar backed by per-day tables over its published years: a working-day flag, the day's kind
 * and holiday name, the cumulative count of working days and the position of every working day.
 * Outside the tables a day is a rest day exactly when it is a Saturday or Sunday, computed by
 * formula. Every question period arithmetic asks is answered in O(1) without allocation.
 *
 * <p>Service windows are kept per category of day: a working day by its day of the week, an
 * adjusted working day (调休上班), and a rest day.
 */
final class TableCalendar implements ServiceCalendar, DayIndex {

    /** A calendar that goes this long without a working day or a service window is refused. */
    static final int MAX_DAYS_WITHOUT_WORK = 3_660;

    static final int ADJUSTED_CATEGORY = 7;
    static final int REST_CATEGORY = 8;

    // Day 0 (1970-01-01) is a Thursday: the working flags and their running count over one week.
    private static final int[] WEEKDAYS_BEFORE_IN_WEEK = {0, 1, 2, 2, 2, 3, 4};
    private static final int[] WEEKDAY_OFFSETS = {0, 1, 4, 5, 6};
    private static final long[] NONE = {};

    private final String id;
    private final boolean everyDayWorking;
    private final int firstYear;
    private final boolean[] published;
    private final boolean allPublished;
    private final long first;
    private final long end;
    private final boolean[] working;
    private final byte[] kinds;
    private final String[] names;
    private final int[] cumulative;
    private final int[] workingDayOffsets;
    private final long weekdaysBeforeFirst;
    private final long weekdaysBeforeEnd;
    private final List<ServiceWindow>[] windows;
    private final long[][] opens;
    private final long[][] closes;
    private final long[] closeOfBusiness;

    @SuppressWarnings("unchecked")
    TableCalendar(
            String id,
            StatutorySchedule schedule,
            boolean everyDayWorking,
            List<List<ServiceWindow>> windowsByCategory) {
        this.id = id;
        this.everyDayWorking = everyDayWorking;
        var years = schedule.years();
        if (everyDayWorking || years.isEmpty()) {
            firstYear = 0;
            published = new boolean[0];
            first = 0;
            end = 0;
        } else {
            firstYear = years.first();
            int lastYear = years.last();
            published = new boolean[lastYear - firstYear + 1];
            years.forEach(year -> published[year - firstYear] = true);
            first = LocalDate.of(firstYear, 1, 1).toEpochDay();
            end = LocalDate.of(lastYear + 1, 1, 1).toEpochDay();
        }
        boolean gapless = published.length > 0;
        for (boolean year : published) {
            gapless &= year;
        }
        allPublished = gapless;
        int length = (int) (end - first);
        working = new boolean[length];
        kinds = new byte[length];
        names = new String[length];
        for (int i = 0; i < length; i++) {
            boolean weekend = isWeekend(first + i);
            working[i] = !weekend;
            kinds[i] = (byte) (weekend ? DayKind.WEEKEND : DayKind.WORKDAY).ordinal();
        }
        if (!everyDayWorking) {
            for (StatutoryDay day : schedule.allDays()) {
                int offset = (int) (day.date().toEpochDay() - first);
                working[offset] = day.kind().isWorking();
                kinds[offset] = (byte) day.kind().ordinal();
                names[offset] = day.name();
            }
        }
        cumulative = new int[length + 1];
        int count = 0;
        for (int i = 0; i < length; i++) {
            cumulative[i] = count;
            if (working[i]) {
                count++;
            }
        }
        cumulative[length] = count;
        workingDayOffsets = new int[count];
        for (int i = 0, k = 0; i < length; i++) {
            if (working[i]) {
                workingDayOffsets[k++] = i;
            }
        }
        weekdaysBeforeFirst = weekdaysBefore(first);
        weekdaysBeforeEnd = weekdaysBefore(end);
        windows = new List[REST_CATEGORY + 1];
        opens = new long[REST_CATEGORY + 1][];
        closes = new long[REST_CATEGORY + 1][];
        closeOfBusiness = new long[REST_CATEGORY + 1];
        for (int category = 0; category <= REST_CATEGORY; category++) {
            List<ServiceWindow> list = List.copyOf(windowsByCategory.get(category));
            windows[category] = list;
            opens[category] = list.isEmpty()
                    ? NONE
                    : list.stream().mapToLong(ServiceWindow::openNanoOfDay).toArray();
            closes[category] = list.isEmpty()
                    ? NONE
                    : list.stream().mapToLong(ServiceWindow::closeNanoOfDay).toArray();
            ServiceWindow last = list.isEmpty() ? null : list.get(list.size() - 1);
            closeOfBusiness[category] =
                    last == null || last.closesAtMidnight() ? -1 : last.close().toNanoOfDay();
        }
    }

    static boolean isWeekend(long day) {
        int inWeek = (int) Math.floorMod(day, 7L);
        return inWeek == 2 || inWeek == 3;
    }

    /** Monday to Friday days in {@code [0, day)} (negative before 1970). */
    static long weekdaysBefore(long day) {
        return 5 * Math.floorDiv(day, 7L) + WEEKDAYS_BEFORE_IN_WEEK[(int) Math.floorMod(day, 7L)];
    }

    /** The Monday-to-Friday day {@code d} with {@code weekdaysBefore(d) == index}. */
    static long weekdayAt(long index) {
        return 7 * Math.floorDiv(index, 5L) + WEEKDAY_OFFSETS[(int) Math.floorMod(index, 5L)];
    }

    /** Working days in {@code [first, day)}, negative for days before the table. */
    private long workingBefore(long day) {
        if (everyDayWorking) {
            return day;
        }
        if (day <= first) {
            return weekdaysBefore(day) - weekdaysBeforeFirst;
        }
        if (day >= end) {
            return cumulative[cumulative.length - 1] + weekdaysBefore(day) - weekdaysBeforeEnd;
        }
        return cumulative[(int) (day - first)];
    }

    /** The working day {@code d} with {@code workingBefore(d) == ordinal - 1}. */
    private long workingDayNumbered(long ordinal) {
        if (everyDayWorking) {
            return ordinal - 1;
        }
        if (ordinal <= 0) {
            return weekdayAt(weekdaysBeforeFirst + ordinal - 1);
        }
        if (ordinal <= workingDayOffsets.length) {
            return first + workingDayOffsets[(int) (ordinal - 1)];
        }
        return weekdayAt(weekdaysBeforeEnd + ordinal - workingDayOffsets.length - 1);
    }

    private int category(long day) {
        if (everyDayWorking) {
            return (int) Math.floorMod(day + 3, 7L);
        }
        if (day >= first && day < end) {
            int offset = (int) (day - first);
            if (kinds[offset] == DayKind.ADJUSTED_WORKDAY.ordinal()) {
                return ADJUSTED_CATEGORY;
            }
            if (!working[offset]) {
                return REST_CATEGORY;
            }
        } else if (isWeekend(day)) {
            return REST_CATEGORY;
        }
        return (int) Math.floorMod(day + 3, 7L);
    }

    @Override
    public boolean isWorking(long day) {
        if (everyDayWorking) {
            return true;
        }
        if (day >= first && day < end) {
            return working[(int) (day - first)];
        }
        return !isWeekend(day);
    }

    @Override
    public long workingDaysBetween(long fromExclusive, long toInclusive) {
        return toInclusive <= fromExclusive ? 0 : workingBefore(toInclusive + 1) - workingBefore(fromExclusive + 1);
    }

    @Override
    public long plusWorkingDays(long day, long n) {
        return workingDayNumbered(workingBefore(day + 1) + n);
    }

    @Override
    public long firstWorkingOnOrAfter(long day) {
        return workingDayNumbered(workingBefore(day) + 1);
    }

    @Override
    public Set<Integer> unpublishedYears(long fromInclusive, long toInclusive) {
        if (everyDayWorking
                || toInclusive < fromInclusive
                || (allPublished && fromInclusive >= first && toInclusive < end)) {
            return Set.of();
        }
        TreeSet<Integer> years = new TreeSet<>();
        int last = LocalDate.ofEpochDay(toInclusive).getYear();
        for (int year = LocalDate.ofEpochDay(fromInclusive).getYear(); year <= last; year++) {
            if (!isPublished(year)) {
                years.add(year);
            }
        }
        return years.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(years);
    }

    @Override
    public long[] windowOpens(long day) {
        return opens[category(day)];
    }

    @Override
    public long[] windowCloses(long day) {
        return closes[category(day)];
    }

    @Override
    public long closeOfBusiness(long day) {
        return closeOfBusiness[category(day)];
    }

    boolean hasAnyWindow() {
        for (long[] category : opens) {
            if (category.length > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return isWorking(date.toEpochDay());
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        long day = date.toEpochDay();
        return day >= first && day < end ? Optional.ofNullable(names[(int) (day - first)]) : Optional.empty();
    }

    @Override
    public DayKind dayKind(LocalDate date) {
        long day = date.toEpochDay();
        if (everyDayWorking) {
            return DayKind.WORKDAY;
        }
        if (day >= first && day < end) {
            return DayKind.values()[kinds[(int) (day - first)]];
        }
        return isWeekend(day) ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    @Override
    public boolean isPublished(int year) {
        if (everyDayWorking) {
            return true;
        }
        int index = year - firstYear;
        return index >= 0 && index < published.length && published[index];
    }

    @Override
    public boolean followsStatutoryHolidays() {
        return !everyDayWorking;
    }

    @Override
    public List<ServiceWindow> windowsOn(LocalDate date) {
        return windows[category(date.toEpochDay())];
    }

    @Override
    public Optional<LocalTime> closeOfBusiness(LocalDate date) {
        long close = closeOfBusiness(date.toEpochDay());
        return close < 0 ? Optional.empty() : Optional.of(LocalTime.ofNanoOfDay(close));
    }

    @Override
    public String toString() {
        return "ServiceCalendar[" + id + "]";
    }
}
