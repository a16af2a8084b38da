package io.shixiao.servicelevel.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published holiday schedules, year by year. Immutable; a new schedule for a year replaces the
 * old one as a whole ({@link #withYears}), because a State Council notice covers a whole year.
 */
public final class StatutorySchedule {

    private static final StatutorySchedule EMPTY = new StatutorySchedule(new TreeMap<>());

    private final TreeMap<Integer, List<StatutoryDay>> years;

    private StatutorySchedule(TreeMap<Integer, List<StatutoryDay>> years) {
        this.years = years;
    }

    /** No published year: every year is served with weekends only. */
    public static StatutorySchedule empty() {
        return EMPTY;
    }

    /** The schedule made of {@code days}; every year that has a day is published. */
    public static StatutorySchedule of(Collection<StatutoryDay> days) {
        return EMPTY.withYears(days);
    }

    /**
     * This schedule with every year that occurs in {@code days} replaced by the days given for it.
     *
     * @throws IllegalArgumentException when a date occurs twice in {@code days}
     */
    public StatutorySchedule withYears(Collection<StatutoryDay> days) {
        TreeMap<Integer, List<StatutoryDay>> grouped = new TreeMap<>();
        for (StatutoryDay day : days) {
            grouped.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>())
                    .add(day);
        }
        TreeMap<Integer, List<StatutoryDay>> merged = new TreeMap<>(years);
        for (Map.Entry<Integer, List<StatutoryDay>> year : grouped.entrySet()) {
            List<StatutoryDay> sorted = new ArrayList<>(year.getValue());
            sorted.sort(Comparator.comparing(StatutoryDay::date));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                    throw new IllegalArgumentException(
                            "The date " + sorted.get(i).date() + " appears twice");
                }
            }
            merged.put(year.getKey(), List.copyOf(sorted));
        }
        return new StatutorySchedule(merged);
    }

    /** The published years, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The holidays and adjusted working days of {@code year}; empty when it is not published. */
    public List<StatutoryDay> daysOf(int year) {
        return years.getOrDefault(year, List.of());
    }

    /** Every day of every published year, by date. */
    public List<StatutoryDay> allDays() {
        List<StatutoryDay> all = new ArrayList<>();
        years.values().forEach(all::addAll);
        return all;
    }

    /** The years whose days differ between this schedule and {@code other} (added, removed or changed). */
    public Set<Integer> yearsDifferingFrom(StatutorySchedule other) {
        Set<Integer> changed = new TreeSet<>();
        Set<Integer> all = new TreeSet<>(years.keySet());
        all.addAll(other.years.keySet());
        for (Integer year : all) {
            if (!daysOf(year).equals(other.daysOf(year)) || years.containsKey(year) != other.years.containsKey(year)) {
                changed.add(year);
            }
        }
        return Collections.unmodifiableSet(changed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatutorySchedule other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }
}
