package io.shixiao.quality.web;

import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period of whole days in Asia/Shanghai, both ends included; the last 30 days where not given. */
record Period(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int LONGEST_DAYS = 366;

    static Period of(@Nullable LocalDate from, @Nullable LocalDate to, Clock clock) {
        LocalDate end = to == null ? clock.instant().atZone(ShanghaiTime.ZONE).toLocalDate() : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        if (start.plusDays(LONGEST_DAYS).isBefore(end)) {
            throw new InvalidInputException("from", "a period of at most " + LONGEST_DAYS + " days");
        }
        return new Period(start, end);
    }

    Instant start() {
        return from.atStartOfDay(ShanghaiTime.ZONE).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
    }
}
