package io.shixiao.servicelevel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodArithmeticTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PeriodRules CIVIL_CODE = PeriodRules.civilCode();

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI);
    }

    private static Deadline cn(String start, long amount, PeriodUnit unit) {
        return PeriodArithmetic.deadline(CalendarFixtures.CN, at(start), amount, unit, CIVIL_CODE);
    }

    @Test
    void fiveWorkingDaysFromTheEveOfNationalDay2025EndAtMidnightAfterTheFourteenth() {
        Deadline deadline = cn("2025-09-30T10:00:00", 5, PeriodUnit.WORKING_DAYS);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(deadline.end()).isEqualTo(at("2025-10-15T00:00:00"));
        assertThat(deadline.end().getOffset().getId()).isEqualTo("+08:00");
        assertThat(deadline.unpublishedYears()).isEmpty();
    }

    @Test
    void workingDaysSkipTheNationalDayBlockAndCountTheAdjustedSaturday() {
        assertThat(cn("2025-09-30T10:00:00", 1, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(cn("2025-09-30T10:00:00", 3, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(cn("2025-09-26T10:00:00", 1, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 9, 28));
    }

    @Test
    void workingDaysAcrossSpringFestival2024CountBothAdjustedSundays() {
        assertThat(cn("2024-02-02T09:00:00", 1, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2024, 2, 4));
        assertThat(cn("2024-02-08T09:00:00", 1, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(cn("2024-02-08T09:00:00", 2, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(cn("2024-02-08T09:00:00", 3, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(cn("2024-02-10T09:00:00", 1, PeriodUnit.WORKING_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2024, 2, 18));
    }

    @Test
    void calendarDaysDoNotCountTheEventDayAndALastDayOnAHolidayRollsToTheNextWorkingDay() {
        Deadline deadline = cn("2025-09-21T15:00:00", 10, PeriodUnit.CALENDAR_DAYS);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(deadline.end()).isEqualTo(at("2025-10-10T00:00:00"));
        assertThat(cn("2025-09-21T15:00:00", 3, PeriodUnit.CALENDAR_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 9, 24));
        // Saturday 2025-09-27 rolls to the adjusted working Sunday 2025-09-28.
        assertThat(cn("2025-09-26T15:00:00", 1, PeriodUnit.CALENDAR_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(cn("2025-09-26T15:00:00", 2, PeriodUnit.CALENDAR_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 9, 28));
    }

    @Test
    void aStandardMaySwitchTheRestDayRollOff() {
        Deadline deadline = PeriodArithmetic.deadline(
                CalendarFixtures.CN,
                at("2025-09-21T15:00:00"),
                10,
                PeriodUnit.CALENDAR_DAYS,
                new PeriodRules(false, false));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(deadline.end()).isEqualTo(at("2025-10-02T00:00:00"));
    }

    @Test
    void aMonthEndsOnTheCorrespondingDayOrTheMonthEnd() {
        Deadline leap = cn("2024-01-31T12:00:00", 1, PeriodUnit.MONTHS);
        assertThat(leap.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(leap.end()).isEqualTo(at("2024-03-01T00:00:00"));
        assertThat(cn("2025-08-31T12:00:00", 1, PeriodUnit.MONTHS).lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        // 2025-09-01 + 1 month is the National Day holiday: rolls to 2025-10-09.
        assertThat(cn("2025-09-01T12:00:00", 1, PeriodUnit.MONTHS).lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void aPeriodEndsAtTheCloseOfBusinessWhenTheStandardSaysSoAndTheCalendarHasBusinessHours() {
        PeriodRules closeOfBusiness = new PeriodRules(true, true);
        Deadline office = PeriodArithmetic.deadline(
                CalendarFixtures.CN_OFFICE, at("2025-09-30T10:00:00"), 5, PeriodUnit.WORKING_DAYS, closeOfBusiness);
        assertThat(office.end()).isEqualTo(at("2025-10-14T17:00:00"));
        Deadline statutory = PeriodArithmetic.deadline(
                CalendarFixtures.CN, at("2025-09-30T10:00:00"), 5, PeriodUnit.WORKING_DAYS, closeOfBusiness);
        assertThat(statutory.end()).isEqualTo(at("2025-10-15T00:00:00"));
    }

    @Test
    void aStartWithAnotherOffsetCountsFromItsShanghaiDate() {
        ZonedDateTime utcEvening = ZonedDateTime.parse("2025-09-30T20:00:00Z");
        Deadline deadline =
                PeriodArithmetic.deadline(CalendarFixtures.CN, utcEvening, 1, PeriodUnit.WORKING_DAYS, CIVIL_CODE);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 10, 9));
        Deadline hours = PeriodArithmetic.deadline(CalendarFixtures.CN, utcEvening, 2, PeriodUnit.HOURS, CIVIL_CODE);
        assertThat(hours.end()).isEqualTo(at("2025-10-01T06:00:00"));
        assertThat(hours.end().getZone()).isEqualTo(SHANGHAI);
        assertThat(hours.lastDay()).isNull();
    }

    @Test
    void minutesAndHoursAreElapsedTimeThroughHolidays() {
        assertThat(cn("2025-09-30T23:58:00", 5, PeriodUnit.MINUTES).end()).isEqualTo(at("2025-10-01T00:03:00"));
        assertThat(cn("2025-09-30T10:00:00", 24, PeriodUnit.HOURS).end()).isEqualTo(at("2025-10-01T10:00:00"));
    }

    @Test
    void serviceHoursRunOnlyInsideTheWindows() {
        ServiceCalendar office = CalendarFixtures.CN_OFFICE;
        assertThat(PeriodArithmetic.deadline(office, at("2025-09-30T16:00:00"), 2, PeriodUnit.SERVICE_HOURS, CIVIL_CODE)
                        .end())
                .isEqualTo(at("2025-10-09T09:30:00"));
        assertThat(PeriodArithmetic.deadline(office, at("2025-09-30T07:00:00"), 1, PeriodUnit.SERVICE_HOURS, CIVIL_CODE)
                        .end())
                .isEqualTo(at("2025-09-30T09:30:00"));
        assertThat(PeriodArithmetic.deadline(office, at("2025-09-30T17:00:00"), 1, PeriodUnit.SERVICE_HOURS, CIVIL_CODE)
                        .end())
                .isEqualTo(at("2025-10-09T09:30:00"));
        assertThat(PeriodArithmetic.deadline(
                                CalendarFixtures.EVERY_DAY_EIGHT_HOURS,
                                at("2025-09-30T16:00:00"),
                                2,
                                PeriodUnit.SERVICE_HOURS,
                                CIVIL_CODE)
                        .end())
                .isEqualTo(at("2025-10-01T09:30:00"));
    }

    @Test
    void serviceHoursUsedUpExactlyAtAWindowCloseEndAtThatClose() {
        Deadline deadline = PeriodArithmetic.deadline(
                CalendarFixtures.CN_OFFICE, at("2025-09-30T08:30:00"), 17, PeriodUnit.SERVICE_HOURS, CIVIL_CODE);
        assertThat(deadline.end()).isEqualTo(at("2025-10-09T17:00:00"));
        Deadline wholeDay = PeriodArithmetic.deadline(
                CalendarFixtures.CN, at("2025-09-30T00:00:00"), 24, PeriodUnit.SERVICE_HOURS, CIVIL_CODE);
        assertThat(wholeDay.end()).isEqualTo(at("2025-10-01T00:00:00"));
    }

    @Test
    void anUnpublishedYearFallsBackToWeekendsAndIsReported() {
        Deadline deadline = cn("2026-12-28T10:00:00", 5, PeriodUnit.WORKING_DAYS);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(deadline.unpublishedYears()).containsExactly(2027);
        assertThat(cn("2027-10-01T10:00:00", 1, PeriodUnit.CALENDAR_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(cn("2027-10-01T10:00:00", 1, PeriodUnit.CALENDAR_DAYS).unpublishedYears())
                .containsExactly(2027);
        assertThat(cn("2019-12-30T10:00:00", 1, PeriodUnit.WORKING_DAYS).unpublishedYears())
                .containsExactly(2019);
        assertThat(cn("2026-12-28T10:00:00", 5, PeriodUnit.HOURS).unpublishedYears())
                .isEmpty();
        assertThat(cn("2026-12-31T10:00:00", 1, PeriodUnit.WORKING_DAYS).unpublishedYears())
                .containsExactly(2027);
        assertThat(PeriodArithmetic.deadline(
                                CalendarFixtures.ROUND_THE_CLOCK,
                                at("2027-10-01T10:00:00"),
                                3,
                                PeriodUnit.WORKING_DAYS,
                                CIVIL_CODE)
                        .unpublishedYears())
                .isEmpty();
    }

    @Test
    void longPeriodsCrossTheEdgesOfThePublishedYears() {
        Deadline deadline = cn("2019-06-03T10:00:00", 2000, PeriodUnit.WORKING_DAYS);
        assertThat(deadline.unpublishedYears()).containsExactly(2019, 2027);
        assertThat(deadline.lastDay())
                .isEqualTo(NaiveReference.load()
                        .compute("CN", at("2019-06-03T10:00:00"), 2000, "WORKING_DAYS", true, false)
                        .lastDay());
    }

    @Test
    void anAmountOutsideTheAcceptedRangeIsRefused() {
        assertThatThrownBy(() -> cn("2025-09-30T10:00:00", 0, PeriodUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cn("2025-09-30T10:00:00", 5001, PeriodUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cn("2025-09-30T10:00:00", 5000, PeriodUnit.WORKING_DAYS).lastDay())
                .isNotNull();
    }

    @Test
    void serviceHoursOnACalendarWithoutWindowsAreRefusedRatherThanCountedForever() {
        ServiceCalendar closed = ServiceCalendarBuilder.calendar("closed")
                .restDaysOf(CalendarFixtures.SCHEDULE)
                .build();
        assertThatThrownBy(() -> PeriodArithmetic.deadline(
                        closed, at("2025-09-30T10:00:00"), 1, PeriodUnit.SERVICE_HOURS, CIVIL_CODE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no service window");
    }

    @Test
    void overlappingWindowsAreRefused() {
        assertThatThrownBy(() -> ServiceCalendarBuilder.calendar("outlet:1")
                        .windowOnWorkingDays(ServiceWindow.parse("08:00-12:00"))
                        .windowOnWorkingDays(ServiceWindow.parse("11:00-13:00"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> ServiceWindow.parse("17:00-08:30")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ServiceWindow.parse("00:00-24:00")).isEqualTo(ServiceWindow.WHOLE_DAY);
    }

    @Test
    void thirtyDaysToDecideDoNotRunWhileTheClaimantSuppliesDocuments() {
        // 司法解释二第十五条: from the day the notice reaches the claimant to the day the documents arrive.
        Suspension supplying = new Suspension(at("2025-03-10T11:00:00"), at("2025-03-14T09:00:00"));
        Deadline deadline = PeriodArithmetic.deadline(
                CalendarFixtures.CN,
                at("2025-03-03T10:00:00"),
                30,
                PeriodUnit.CALENDAR_DAYS,
                CIVIL_CODE,
                List.of(supplying));
        assertThat(cn("2025-03-03T10:00:00", 30, PeriodUnit.CALENDAR_DAYS).lastDay())
                .isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void suspendedDaysAreNotCountedAsWorkingDays() {
        Suspension appraisal = new Suspension(at("2025-09-03T10:00:00"), at("2025-09-04T15:00:00"));
        Deadline deadline = PeriodArithmetic.deadline(
                CalendarFixtures.CN,
                at("2025-09-01T10:00:00"),
                5,
                PeriodUnit.WORKING_DAYS,
                CIVIL_CODE,
                List.of(appraisal));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2025, 9, 10));
        Deadline overlapping = PeriodArithmetic.deadline(
                CalendarFixtures.CN,
                at("2025-09-01T10:00:00"),
                5,
                PeriodUnit.WORKING_DAYS,
                CIVIL_CODE,
                List.of(new Suspension(at("2025-09-04T08:00:00"), at("2025-09-04T09:00:00")), appraisal));
        assertThat(overlapping.lastDay()).isEqualTo(LocalDate.of(2025, 9, 10));
    }

    // --- which days a pause leaves out: both end days (司法解释二第十五条) or only the days between ---------

    private static final PeriodRules NATURAL_DAYS = new PeriodRules(false, false);

    /** The last day of a day-based period from {@code start} with the given pauses, each under {@code rule}. */
    private static LocalDate lastDay(
            String start, long amount, PeriodUnit unit, PeriodRules rules, PausedDays rule, String... pauses) {
        List<Suspension> suspensions = new java.util.ArrayList<>();
        for (int i = 0; i < pauses.length; i += 2) {
            suspensions.add(new Suspension(at(pauses[i]), at(pauses[i + 1]), rule));
        }
        return PeriodArithmetic.deadline(CalendarFixtures.CN, at(start), amount, unit, rules, suspensions)
                .lastDay();
    }

    @Test
    void aPauseThatEndsTheDayItStartsLeavesThatDayOutOnlyWhenBothEndDaysAreOut() {
        // 15 natural days from Mon 2 Mar 2026 end Tue 17 Mar; the pause is Thu 5 Mar 09:00–17:00.
        assertThat(lastDay("2026-03-02T10:00", 15, PeriodUnit.CALENDAR_DAYS, NATURAL_DAYS, PausedDays.BOTH_END_DAYS))
                .isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.BOTH_END_DAYS,
                        "2026-03-05T09:00",
                        "2026-03-05T17:00"))
                .isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.DAYS_BETWEEN,
                        "2026-03-05T09:00",
                        "2026-03-05T17:00"))
                .isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aPauseThatEndsTheNextDayLeavesNoDayBetween() {
        // Thu 5 Mar 09:00 to Fri 6 Mar 10:00: both end days out is 5 and 6 Mar (two days); no whole day between.
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.BOTH_END_DAYS,
                        "2026-03-05T09:00",
                        "2026-03-06T10:00"))
                .isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.DAYS_BETWEEN,
                        "2026-03-05T09:00",
                        "2026-03-06T10:00"))
                .isEqualTo(LocalDate.of(2026, 3, 17));
        // To Sat 7 Mar: only Fri 6 Mar lies between.
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.DAYS_BETWEEN,
                        "2026-03-05T09:00",
                        "2026-03-07T10:00"))
                .isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void aPauseAcrossTheNationalDayBlockCountsItsEndDaysOnlyWhenTheDaysBetweenAreOut() {
        // Paused from Tue 30 Sep 2025 15:00 to Thu 9 Oct 10:00, across 国庆中秋 (1–8 Oct; Sun 28 Sep and Sat
        // 11 Oct are working days). Five working days from Fri 26 Sep: 28, 29, 30 Sep, 9, 10 Oct.
        String[] pause = {"2025-09-30T15:00", "2025-10-09T10:00"};
        assertThat(lastDay("2025-09-26T10:00", 5, PeriodUnit.WORKING_DAYS, CIVIL_CODE, PausedDays.BOTH_END_DAYS))
                .isEqualTo(LocalDate.of(2025, 10, 10));
        // Both end days out: 28, 29 Sep, 10, 11, 13 Oct.
        assertThat(lastDay("2025-09-26T10:00", 5, PeriodUnit.WORKING_DAYS, CIVIL_CODE, PausedDays.BOTH_END_DAYS, pause))
                .isEqualTo(LocalDate.of(2025, 10, 13));
        // Days between: only holidays are left out, so the five working days are those of the unpaused period.
        assertThat(lastDay("2025-09-26T10:00", 5, PeriodUnit.WORKING_DAYS, CIVIL_CODE, PausedDays.DAYS_BETWEEN, pause))
                .isEqualTo(LocalDate.of(2025, 10, 10));
        // Ten natural days with the roll: unpaused 6 Oct rolls to Thu 9 Oct. Both end days out (30 Sep–9 Oct):
        // 27–29 Sep days 1–3, 10–16 Oct days 4–10 → Thu 16 Oct. Days between (1–8 Oct): 27–30 Sep days 1–4,
        // 9–14 Oct days 5–10 → Tue 14 Oct.
        assertThat(lastDay("2025-09-26T10:00", 10, PeriodUnit.CALENDAR_DAYS, CIVIL_CODE, PausedDays.BOTH_END_DAYS))
                .isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(lastDay(
                        "2025-09-26T10:00", 10, PeriodUnit.CALENDAR_DAYS, CIVIL_CODE, PausedDays.BOTH_END_DAYS, pause))
                .isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(lastDay(
                        "2025-09-26T10:00", 10, PeriodUnit.CALENDAR_DAYS, CIVIL_CODE, PausedDays.DAYS_BETWEEN, pause))
                .isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void overlappingPausesLeaveOutTheUnionOfTheirDaysAndADayOnWhichOneEndsAndTheNextBeginsIsCountedBetween() {
        // 15 natural days from Mon 2 Mar 2026 end 17 Mar. A: 5 Mar 10:00–9 Mar 10:00; B: 7 Mar 12:00–12 Mar 09:00.
        String[] overlapping = {"2026-03-05T10:00", "2026-03-09T10:00", "2026-03-07T12:00", "2026-03-12T09:00"};
        // Both end days: 5–12 Mar, eight days → 25 Mar.
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.BOTH_END_DAYS,
                        overlapping))
                .isEqualTo(LocalDate.of(2026, 3, 25));
        // Days between: A 6–8, B 8–11, together 6–11 Mar, six days → 23 Mar.
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.DAYS_BETWEEN,
                        overlapping))
                .isEqualTo(LocalDate.of(2026, 3, 23));
        // A ends 9 Mar 10:00 as B begins, B ends 11 Mar: both end days 5–11 Mar (seven) → 24 Mar; days between
        // A 6–8 and B 10 (four; 9 Mar is A's end day and B's start day) → 21 Mar.
        String[] touching = {"2026-03-05T10:00", "2026-03-09T10:00", "2026-03-09T10:00", "2026-03-11T10:00"};
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.BOTH_END_DAYS,
                        touching))
                .isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(lastDay(
                        "2026-03-02T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.DAYS_BETWEEN,
                        touching))
                .isEqualTo(LocalDate.of(2026, 3, 21));
    }

    @Test
    void onlyThePausedDaysAfterTheStartDayAreLeftOut() {
        // 15 natural days from Tue 10 Mar 2026 end Wed 25 Mar.
        for (PausedDays rule : PausedDays.values()) {
            assertThat(lastDay(
                            "2026-03-10T10:00",
                            15,
                            PeriodUnit.CALENDAR_DAYS,
                            NATURAL_DAYS,
                            rule,
                            "2026-03-02T09:00",
                            "2026-03-06T17:00"))
                    .as("a pause over before the start, " + rule)
                    .isEqualTo(LocalDate.of(2026, 3, 25));
        }
        // Paused from Sun 8 Mar to Fri 13 Mar: both end days leave out 11–13 Mar → 28 Mar; days between (9–12)
        // leave out 11 and 12 Mar → 27 Mar.
        assertThat(lastDay(
                        "2026-03-10T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.BOTH_END_DAYS,
                        "2026-03-08T09:00",
                        "2026-03-13T10:00"))
                .isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(lastDay(
                        "2026-03-10T10:00",
                        15,
                        PeriodUnit.CALENDAR_DAYS,
                        NATURAL_DAYS,
                        PausedDays.DAYS_BETWEEN,
                        "2026-03-08T09:00",
                        "2026-03-13T10:00"))
                .isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void theRuleForDaysDoesNotChangeElapsedOrServiceHourPeriods() {
        for (PausedDays rule : PausedDays.values()) {
            Suspension overnight = new Suspension(at("2025-09-01T11:00:00"), at("2025-09-02T13:00:00"), rule);
            assertThat(PeriodArithmetic.deadline(
                                    CalendarFixtures.CN,
                                    at("2025-09-01T10:00:00"),
                                    5,
                                    PeriodUnit.HOURS,
                                    CIVIL_CODE,
                                    List.of(overnight))
                            .end())
                    .as(rule.name())
                    .isEqualTo(at("2025-09-02T17:00:00"));
            assertThat(PeriodArithmetic.deadline(
                                    CalendarFixtures.CN_OFFICE,
                                    at("2025-09-01T08:30:00"),
                                    4,
                                    PeriodUnit.SERVICE_HOURS,
                                    CIVIL_CODE,
                                    List.of(overnight))
                            .end())
                    .as(rule.name())
                    .isEqualTo(at("2025-09-02T14:30:00"));
        }
    }

    @Test
    void suspendedTimeIsAddedToElapsedAndServiceHourPeriods() {
        Suspension lunch = new Suspension(at("2025-09-01T11:00:00"), at("2025-09-01T13:00:00"));
        assertThat(PeriodArithmetic.deadline(
                                CalendarFixtures.CN,
                                at("2025-09-01T10:00:00"),
                                5,
                                PeriodUnit.HOURS,
                                CIVIL_CODE,
                                List.of(lunch))
                        .end())
                .isEqualTo(at("2025-09-01T17:00:00"));
        Suspension hour = new Suspension(at("2025-09-01T09:00:00"), at("2025-09-01T10:00:00"));
        assertThat(PeriodArithmetic.deadline(
                                CalendarFixtures.CN_OFFICE,
                                at("2025-09-01T08:30:00"),
                                4,
                                PeriodUnit.SERVICE_HOURS,
                                CIVIL_CODE,
                                List.of(hour))
                        .end())
                .isEqualTo(at("2025-09-01T13:30:00"));
        Suspension beforeStart = new Suspension(at("2025-08-01T09:00:00"), at("2025-08-02T10:00:00"));
        assertThat(PeriodArithmetic.deadline(
                                CalendarFixtures.CN_OFFICE,
                                at("2025-09-01T08:30:00"),
                                4,
                                PeriodUnit.SERVICE_HOURS,
                                CIVIL_CODE,
                                List.of(beforeStart))
                        .end())
                .isEqualTo(at("2025-09-01T12:30:00"));
    }

    @Test
    void aCalendarOfAnotherMakeIsCountedDayByDayWithTheSameResults() {
        ServiceCalendar wrapped = new ServiceCalendar() {
            private final ServiceCalendar cn = CalendarFixtures.CN_OFFICE;

            @Override
            public String id() {
                return "wrapped";
            }

            @Override
            public boolean isWorkingDay(LocalDate date) {
                return cn.isWorkingDay(date);
            }

            @Override
            public java.util.Optional<String> holidayName(LocalDate date) {
                return cn.holidayName(date);
            }

            @Override
            public DayKind dayKind(LocalDate date) {
                return cn.dayKind(date);
            }

            @Override
            public boolean isPublished(int year) {
                return cn.isPublished(year);
            }

            @Override
            public boolean followsStatutoryHolidays() {
                return true;
            }

            @Override
            public List<ServiceWindow> windowsOn(LocalDate date) {
                return cn.windowsOn(date);
            }
        };
        for (PeriodUnit unit : PeriodUnit.values()) {
            for (long amount = 1; amount < 30; amount += 7) {
                Deadline expected = PeriodArithmetic.deadline(
                        CalendarFixtures.CN_OFFICE,
                        at("2026-12-20T16:30:00"),
                        amount,
                        unit,
                        new PeriodRules(true, true));
                Deadline actual = PeriodArithmetic.deadline(
                        wrapped, at("2026-12-20T16:30:00"), amount, unit, new PeriodRules(true, true));
                assertThat(actual).as("%s %s", amount, unit).isEqualTo(expected);
            }
        }
    }
}
