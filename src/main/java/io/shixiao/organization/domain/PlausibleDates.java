package io.shixiao.organization.domain;

import io.shixiao.shared.problem.InvalidInputException;
import java.time.LocalDate;

/**
 * Dates in the organisation (certificates, memberships, duty) lie between 1900 and 2199; anything
 * else is a typing error and is refused before it reaches the database.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private PlausibleDates() {}

    /** {@code date} itself (empty allowed), or 400 naming {@code field} when it is out of range. */
    public static LocalDate require(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidInputException(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
