package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.clock.ComplianceStatistics.Period;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.LocalDate;
import java.util.Locale;

/** Validates the range and grouping of a compliance query. */
final class CompliancePeriods {

    /** A year of days is the longest range shown day by day. */
    private static final int MAX_DAYS = 366 * 3;

    private CompliancePeriods() {}

    static Period parse(LocalDate from, LocalDate to, String period) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS + " days after from");
        }
        try {
            return Period.valueOf(period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "must be day, week or month");
        }
    }
}
