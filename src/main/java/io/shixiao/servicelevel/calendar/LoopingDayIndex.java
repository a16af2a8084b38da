package io.shixiao.servicelevel.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Answers {@link DayIndex} for any {@link ServiceCalendar} by asking it day by day. */
final class LoopingDayIndex implements DayIndex {

    private final ServiceCalendar calendar;

    LoopingDayIndex(ServiceCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public boolean isWorking(long day) {
        return calendar.isWorkingDay(LocalDate.ofEpochDay(day));
    }

    @Override
    public long workingDaysBetween(long fromExclusive, long toInclusive) {
        long count = 0;
        for (long day = fromExclusive + 1; day <= toInclusive; day++) {
            if (isWorking(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public long plusWorkingDays(long day, long n) {
        long found = 0;
        long current = day;
        long idle = 0;
        while (found < n) {
            current++;
            if (isWorking(current)) {
                found++;
                idle = 0;
            } else if (++idle > TableCalendar.MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalArgumentException(
                        "Calendar " + calendar.id() + " has no working day after " + LocalDate.ofEpochDay(day));
            }
        }
        return current;
    }

    @Override
    public long firstWorkingOnOrAfter(long day) {
        return isWorking(day) ? day : plusWorkingDays(day, 1);
    }

    @Override
    public Set<Integer> unpublishedYears(long fromInclusive, long toInclusive) {
        if (toInclusive < fromInclusive) {
            return Set.of();
        }
        TreeSet<Integer> years = new TreeSet<>();
        int last = LocalDate.ofEpochDay(toInclusive).getYear();
        for (int year = LocalDate.ofEpochDay(fromInclusive).getYear(); year <= last; year++) {
            if (!calendar.isPublished(year)) {
                years.add(year);
            }
        }
        return years.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(years);
    }

    @Override
    public long[] windowOpens(long day) {
        List<ServiceWindow> windows = calendar.windowsOn(LocalDate.ofEpochDay(day));
        long[] opens = new long[windows.size()];
        for (int i = 0; i < opens.length; i++) {
            opens[i] = windows.get(i).openNanoOfDay();
        }
        return opens;
    }

    @Override
    public long[] windowCloses(long day) {
        List<ServiceWindow> windows = calendar.windowsOn(LocalDate.ofEpochDay(day));
        long[] closes = new long[windows.size()];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = windows.get(i).closeNanoOfDay();
        }
        return closes;
    }

    @Override
    public long closeOfBusiness(long day) {
        return calendar.closeOfBusiness(LocalDate.ofEpochDay(day))
                .map(LocalTime::toNanoOfDay)
                .orElse(-1L);
    }
}
