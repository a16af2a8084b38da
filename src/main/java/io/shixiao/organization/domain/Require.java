package io.shixiao.organization.domain;

import io.shixiao.shared.problem.InvalidInputException;
import java.time.LocalDate;

/** Guards of the aggregates' own invariants; the field named is the request field a person can fix. */
final class Require {

    private Require() {}

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return printable(field, value.strip());
    }

    /** PostgreSQL text cannot hold a NUL character; a value carrying one is a client's mistake. */
    private static String printable(String field, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, "must not contain a NUL character");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "must not be null");
        }
        return value;
    }

    static LocalDate plausibleDate(String field, LocalDate date) {
        return PlausibleDates.require(field, date);
    }

    static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : printable(field, value.strip());
    }
}
