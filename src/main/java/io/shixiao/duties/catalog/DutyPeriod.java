package io.shixiao.duties.catalog;

import java.time.LocalDate;

/**
 * One period of a recurring duty, both days included.
 *
 * @param start its first day
 * @param end its last day
 */
public record DutyPeriod(LocalDate start, LocalDate end) {

    public DutyPeriod {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends on or after its start, not " + start + "–" + end);
        }
    }

    /** Whether the period shares a day with {@code from}–{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    /** The period as it reads on a page: 2026-03, 2026-Q1, 2026-H1 or 2026. */
    public String label(Recurrence recurrence) {
        return switch (recurrence) {
            case MONTHLY -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTERLY -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEARLY -> start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
            case YEARLY -> Integer.toString(start.getYear());
        };
    }
}
