package io.shixiao.policies.domain;

import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 保险期间: from 零时 of the first day to 二十四时 of the last day, Beijing time, as the clauses write it
 * ("自…年…月…日零时起至…年…月…日二十四时止"). The end is exclusive: it is 零时 of the day after.
 */
public record PolicyPeriod(Instant start, Instant end) {

    /** A policy lasts at most a year (a leap year's 366 days); short-term policies are allowed. */
    static final int LONGEST_DAYS = 366;

    public PolicyPeriod {
        if (start == null || end == null) {
            throw new InvalidInputException("period", "保险期间的起止时间不能为空");
        }
        if (!aPeriodEndsAfterItBegins(start, end)) {
            throw new InvalidInputException("periodEnd", "保险止期应晚于起期");
        }
        if (!aPeriodLastsAtMostAYear(start, end)) {
            throw new InvalidInputException("periodEnd", "保险期间最长一年");
        }
    }

    /** The period from 零时 of {@code firstDay} to 二十四时 of {@code lastDay}. */
    public static PolicyPeriod ofDays(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null) {
            throw new InvalidInputException("period", "保险期间的起止日期不能为空");
        }
        return new PolicyPeriod(
                firstDay.atStartOfDay(ShanghaiTime.ZONE).toInstant(),
                lastDay.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant());
    }

    /** The one-year period starting at 零时 of {@code firstDay} (to 二十四时 of the day before the anniversary). */
    public static PolicyPeriod oneYearFrom(LocalDate firstDay) {
        return ofDays(firstDay, firstDay.plusYears(1).minusDays(1));
    }

    static boolean aPeriodEndsAfterItBegins(Instant start, Instant end) {
        return end.isAfter(start);
    }

    static boolean aPeriodLastsAtMostAYear(Instant start, Instant end) {
        return ChronoUnit.SECONDS.between(start, end) <= LONGEST_DAYS * 86_400L;
    }

    public LocalDate firstDay() {
        return start.atZone(ShanghaiTime.ZONE).toLocalDate();
    }

    /** The last day covered (the day whose 二十四时 ends the period). */
    public LocalDate lastDay() {
        return end.minusNanos(1).atZone(ShanghaiTime.ZONE).toLocalDate();
    }

    /** The days the period covers, a started day counting whole. */
    public long days() {
        return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
