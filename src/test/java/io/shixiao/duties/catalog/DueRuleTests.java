package io.shixiao.duties.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.DayCount;
import io.shixiao.servicelevel.DayPeriodEnd;
import io.shixiao.servicelevel.ServiceCalendars;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Due days of recurring duties, counted by the service-level engine on the packaged statutory calendar,
 * across the holiday blocks of 2025–2026 (checked against the State Council notices by hand).
 */
class DueRuleTests {

    private static final DueRule TENTH_WORKING_DAY =
            DueRule.afterPeriodEnd(10, DayCount.WORKING_DAYS, ServiceCalendars.STATUTORY);

    private static LocalDate dueDay(DueRule rule, Recurrence recurrence, String dayInPeriod) {
        return due(rule, recurrence, dayInPeriod).lastDay();
    }

    private static DayPeriodEnd due(DueRule rule, Recurrence recurrence, String dayInPeriod) {
        return rule.dueFor(recurrence.periodContaining(LocalDate.parse(dayInPeriod)), DutyCalendars.ENGINE);
    }

    @Test
    void theTenthWorkingDayAfterSeptemberSkipsTheNationalDayBlockAndCountsTheAdjustedSaturday() {
        // 2025-10-01..08 off; 10-09 (1), 10-10 (2), Saturday 10-11 worked (3), 10-13..17 (4–8), 10-20 (9), 10-21 (10).
        assertThat(dueDay(TENTH_WORKING_DAY, Recurrence.MONTHLY, "2025-09-15")).isEqualTo("2025-10-21");
    }

    @Test
    void theTenthWorkingDayAfterSeptemberTwentyTwentySixSkipsItsNationalDayBlock() {
        // 2026-10-01..07 off; 10-08 (1), 10-09 (2), Saturday 10-10 worked (3), 10-12..16 (4–8), 10-19 (9), 10-20 (10).
        assertThat(dueDay(TENTH_WORKING_DAY, Recurrence.MONTHLY, "2026-09-30")).isEqualTo("2026-10-20");
    }

    @Test
    void fifteenWorkingDaysAfterJanuaryRunThroughTheSpringFestivalBlock() {
        DueRule fifteen = DueRule.afterPeriodEnd(15, DayCount.WORKING_DAYS, ServiceCalendars.STATUTORY);
        // 02-02..06 (1–5), 02-09..13 (6–10), Saturday 02-14 worked (11), 02-15..23 off, 02-24..27 (12–15).
        assertThat(dueDay(fifteen, Recurrence.MONTHLY, "2026-01-20")).isEqualTo("2026-02-27");
    }

    @Test
    void fifteenWorkingDaysAfterTheFourthQuarterSkipNewYearAndCountTheAdjustedSunday() {
        DueRule fifteen = DueRule.afterPeriodEnd(15, DayCount.WORKING_DAYS, ServiceCalendars.STATUTORY);
        // 2026-01-01..03 off, Sunday 01-04 worked (1), 01-05..09 (2–6), 01-12..16 (7–11), 01-19..22 (12–15).
        assertThat(dueDay(fifteen, Recurrence.QUARTERLY, "2025-11-11")).isEqualTo("2026-01-22");
    }

    @Test
    void aNaturalDayDeadlineFallingOnAHolidayRollsToTheNextWorkingDay() {
        DueRule oneDay = DueRule.afterPeriodEnd(1, DayCount.CALENDAR_DAYS, ServiceCalendars.STATUTORY);
        // 民法典第二百零三条: 2025-10-01 is a holiday; the next working day is 10-09.
        assertThat(dueDay(oneDay, Recurrence.MONTHLY, "2025-09-01")).isEqualTo("2025-10-09");
    }

    @Test
    void aDutyDueWithinItsPeriodIsDueAtMidnightEndingItsLastDay() {
        DayPeriodEnd due = due(DueRule.byPeriodEnd(), Recurrence.YEARLY, "2026-06-30");
        assertThat(due.lastDay()).isEqualTo("2026-12-31");
        assertThat(due.end()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void aDueDayCountedIntoAnUnpublishedYearIsProvisional() {
        DayPeriodEnd due = due(TENTH_WORKING_DAY, Recurrence.MONTHLY, "2026-12-15");
        assertThat(due.provisional()).isTrue();
        // Weekends only in 2027: 01-01 (Fri) counts as a working day until the State Council says otherwise.
        assertThat(due.lastDay()).isEqualTo("2027-01-14");
    }

    @Test
    void periodsFollowTheCalendar() {
        assertThat(Recurrence.QUARTERLY.periodContaining(LocalDate.parse("2026-05-31")))
                .isEqualTo(new DutyPeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-06-30")));
        assertThat(Recurrence.HALF_YEARLY.periodContaining(LocalDate.parse("2026-07-01")))
                .isEqualTo(new DutyPeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-12-31")));
        assertThat(Recurrence.MONTHLY.next(Recurrence.MONTHLY.periodContaining(LocalDate.parse("2024-02-10"))))
                .isEqualTo(new DutyPeriod(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31")));
        assertThat(new DutyPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"))
                        .label(Recurrence.QUARTERLY))
                .isEqualTo("2026-Q4");
    }
}
