package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.Deadline;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and checks the parameters of a deadline question (shared by the API and the calculator
 * page) and writes the answer with the field order of the API.
 */
record DeadlineQuery(ServiceCalendar calendar, ZonedDateTime start, long amount, PeriodUnit unit, PeriodRules rules) {

    static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    static final String FALLBACK_NOTE =
            "该年度未发布法定节假日安排，仅按周末计算 (no holiday schedule is published for %s: only weekends were taken as rest days)";

    /** Checks the raw parameters in the order calendar, unit, amount, start, rules; the first bad one is named. */
    static DeadlineQuery parse(
            CalendarRegistry registry,
            String calendarId,
            String start,
            String amount,
            String unit,
            String rollRestDay,
            String endAtCloseOfBusiness) {
        if (calendarId == null || calendarId.isBlank()) {
            throw new InvalidInputException("calendar", "The calendar is required");
        }
        ServiceCalendar calendar = registry.find(calendarId)
                .orElseThrow(() -> new InvalidInputException("calendar", "Unknown calendar '" + calendarId + "'"));
        PeriodUnit periodUnit = unit(unit);
        long periodAmount = amount(amount, periodUnit);
        ZonedDateTime startTime = start(start);
        PeriodRules rules = new PeriodRules(
                bool("rollRestDay", rollRestDay, true), bool("endAtCloseOfBusiness", endAtCloseOfBusiness, false));
        return new DeadlineQuery(calendar, startTime, periodAmount, periodUnit, rules);
    }

    static PeriodUnit unit(String unit) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException("unit", "The unit is required (one of " + units() + ")");
        }
        try {
            return PeriodUnit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", "Unknown unit '" + abbreviate(unit) + "'; use one of " + units());
        }
    }

    private static String units() {
        return java.util.Arrays.stream(PeriodUnit.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static long amount(String amount, PeriodUnit unit) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInputException("amount", "The amount is required");
        }
        long value;
        try {
            value = Long.parseLong(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "amount", "The amount must be a whole number, not '" + abbreviate(amount) + "'");
        }
        long maximum = PeriodArithmetic.maximumAmount(unit);
        if (value < 1 || value > maximum) {
            throw new InvalidInputException("amount", "The amount of " + unit + " must be between 1 and " + maximum);
        }
        return value;
    }

    /** Asia/Shanghai local time ({@code 2025-09-30T10:00:00}) or a time with an offset; seconds are kept, fractions dropped. */
    static ZonedDateTime start(String start) {
        if (start == null || start.isBlank()) {
            throw new InvalidInputException("start", "The start is required, e.g. 2025-09-30T10:00:00");
        }
        // An unencoded '+' of an offset arrives as a space in a query string.
        String text = start.strip().replace(' ', '+');
        ZonedDateTime parsed;
        try {
            parsed = ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)
                    .withZoneSameInstant(PeriodArithmetic.SHANGHAI);
        } catch (DateTimeException offsetMissing) {
            try {
                parsed = LocalDateTime.parse(text).atZone(PeriodArithmetic.SHANGHAI);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        "start",
                        "'" + abbreviate(start)
                                + "' is not a date-time such as 2025-09-30T10:00:00 or 2025-09-30T10:00:00+08:00");
            }
        }
        if (parsed.getYear() < 1950 || parsed.getYear() > 2900) {
            throw new InvalidInputException("start", "The start must lie between the years 1950 and 2900");
        }
        return parsed.withNano(0);
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "The date is required, e.g. 2025-09-25");
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1950 || date.getYear() > 2900) {
                throw new InvalidInputException(field, "The date must lie between the years 1950 and 2900");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + abbreviate(value) + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static boolean bool(String field, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "Use true or false, not '" + abbreviate(value) + "'");
        };
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    Deadline compute() {
        try {
            return PeriodArithmetic.deadline(calendar, start, amount, unit, rules);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("calendar", e.getMessage());
        }
    }

    /** The API's answer, fields in the documented order. */
    Map<String, Object> answer(Deadline deadline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calendar", calendar.id());
        body.put("start", ISO_SECONDS.format(start));
        body.put("amount", amount);
        body.put("unit", unit.name());
        if (deadline.lastDay() != null) {
            body.put("lastDay", deadline.lastDay().toString());
        }
        body.put("deadline", ISO_SECONDS.format(deadline.end()));
        if (deadline.usedFallbackYears()) {
            body.put("unpublishedYears", deadline.unpublishedYears());
            body.put(
                    "note",
                    FALLBACK_NOTE.formatted(deadline.unpublishedYears().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))));
        }
        return body;
    }
}
