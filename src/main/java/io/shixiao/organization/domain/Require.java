package io.shixiao.organization.domain;

import io.shixiao.shared.problem.InvalidInputException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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

    /** Text no longer than its column, so a form without the API's limits cannot reach the database's. */
    static String text(String field, String value, int maxLength) {
        return atMost(field, text(field, value), maxLength);
    }

    static @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
        String text = optionalText(field, value);
        return text == null ? null : atMost(field, text, maxLength);
    }

    private static String atMost(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
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

    static @Nullable String optionalText(String field, @Nullable String value) {
        return value == null || value.isBlank() ? null : printable(field, value.strip());
    }
}
