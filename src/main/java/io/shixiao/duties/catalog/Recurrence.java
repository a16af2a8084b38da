package io.shixiao.duties.catalog;

import java.time.LocalDate;

/** How often a duty recurs. Periods follow the calendar: months, quarters, halves and years. */
public enum Recurrence {
    /** 每月: calendar months. */
    MONTHLY(1),
    /** 每季度: January–March, April–June, July–September, October–December. */
    QUARTERLY(3),
    /** 每半年: January–June, July–December. */
    HALF_YEARLY(6),
    /** 每年: calendar years. */
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** The period that contains {@code day}. */
    public DutyPeriod periodContaining(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new DutyPeriod(start, start.plusMonths(months).minusDays(1));
    }

    /** The period after {@code period}. */
    public DutyPeriod next(DutyPeriod period) {
        return periodContaining(period.end().plusDays(1));
    }
}
