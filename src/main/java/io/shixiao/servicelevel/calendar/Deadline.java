package io.shixiao.servicelevel.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The end of a period.
 *
 * @param lastDay the last day of a day-based period (after any rest-day roll); {@code null} for
 *     {@code MINUTES}, {@code HOURS} and {@code SERVICE_HOURS}
 * @param end the instant the period ends, in Asia/Shanghai; for a day-based period 00:00 of the day
 *     after {@code lastDay} (24:00 of the last day) or the close of business of the last day
 * @param unpublishedYears years the computation looked at for which no holiday schedule is
 *     published, so only weekends were taken as rest days, ascending; empty when every year was
 *     published
 */
public record Deadline(
        @org.jspecify.annotations.Nullable LocalDate lastDay, ZonedDateTime end, Set<Integer> unpublishedYears) {

    public Deadline {
        Objects.requireNonNull(end, "end");
        unpublishedYears = unpublishedYears.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSortedSet(new TreeSet<>(unpublishedYears));
    }

    /** Whether a year without a published holiday schedule was served with weekends only. */
    public boolean usedFallbackYears() {
        return !unpublishedYears.isEmpty();
    }
}
