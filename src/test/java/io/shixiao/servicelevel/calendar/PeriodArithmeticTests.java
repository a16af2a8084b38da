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
