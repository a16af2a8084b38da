package io.shixiao.servicelevel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatutoryCalendarTests {

    private final ServiceCalendar cn = CalendarFixtures.CN;

    @Test
    void theCnCalendarMatchesTheReferenceFileOnEveryDayFrom2020To2026() throws IOException {
        Map<LocalDate, String[]> reference = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/calendars/cn/cn-statutory-calendar-2020-2026.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String[] fields = lines[i].trim().split(",", 3);
                    reference.put(LocalDate.parse(fields[0]), fields);
                }
            }
        }
        assertThat(reference).hasSize(258);
        int checked = 0;
        for (LocalDate day = LocalDate.of(2020, 1, 1);
                !day.isAfter(LocalDate.of(2026, 12, 31));
                day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            String[] entry = reference.get(day);
            DayKind expectedKind;
            if (entry == null) {
                expectedKind = weekend ? DayKind.WEEKEND : DayKind.WORKDAY;
            } else {
                expectedKind = entry[1].equals("holiday") ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKDAY;
            }
            boolean expectedWorking = expectedKind == DayKind.WORKDAY || expectedKind == DayKind.ADJUSTED_WORKDAY;
            assertThat(cn.dayKind(day)).as("kind of %s", day).isEqualTo(expectedKind);
            assertThat(cn.isWorkingDay(day)).as("working %s", day).isEqualTo(expectedWorking);
            assertThat(cn.holidayName(day).orElse(null))
                    .as("name of %s", day)
                    .isEqualTo(entry == null ? null : entry[2]);
            checked++;
        }
        assertThat(checked).isEqualTo(2557);
        for (int year = 2020; year <= 2026; year++) {
            assertThat(cn.isPublished(year)).isTrue();
        }
    }

    @Test
    void anUnpublishedYearIsServedWithWeekendsOnly() {
        assertThat(cn.isPublished(2027)).isFalse();
        assertThat(cn.isPublished(2019)).isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue(); // a Friday; no holiday known yet
        assertThat(cn.dayKind(LocalDate.of(2027, 1, 2))).isEqualTo(DayKind.WEEKEND);
        assertThat(cn.holidayName(LocalDate.of(2027, 10, 1))).isEmpty();
    }

    @Test
    void roundTheClockAndEveryDayEightHoursWorkOnHolidays() {
        LocalDate nationalDay = LocalDate.of(2025, 10, 1);
        assertThat(CalendarFixtures.ROUND_THE_CLOCK.isWorkingDay(nationalDay)).isTrue();
        assertThat(CalendarFixtures.EVERY_DAY_EIGHT_HOURS.isWorkingDay(nationalDay))
                .isTrue();
        assertThat(CalendarFixtures.EVERY_DAY_EIGHT_HOURS.windowsOn(nationalDay))
                .hasToString("[08:30-17:00]");
        assertThat(CalendarFixtures.CN_OFFICE.windowsOn(nationalDay)).isEmpty();
        assertThat(CalendarFixtures.CN_OFFICE.windowsOn(LocalDate.of(2025, 10, 11)))
                .hasToString("[08:30-17:00]");
        assertThat(CalendarFixtures.CN_OFFICE.closeOfBusiness(LocalDate.of(2025, 10, 9)))
                .hasValueSatisfying(t -> assertThat(t).hasToString("17:00"));
        assertThat(CalendarFixtures.CN.closeOfBusiness(LocalDate.of(2025, 10, 9)))
                .isEmpty();
    }

    @Test
    void anOutletCalendarIsBuiltFromItsBusinessHours() {
        ServiceCalendar outlet = ServiceCalendarBuilder.calendar("outlet:42")
                .restDaysOf(CalendarFixtures.SCHEDULE)
                .windowOnWorkingDays(ServiceWindow.parse("08:30-12:00"))
                .windowOnWorkingDays(ServiceWindow.parse("13:30-17:30"))
                .windowOnRestDays(ServiceWindow.parse("09:00-12:00"))
                .build();
        assertThat(outlet.windowsOn(LocalDate.of(2025, 10, 9))).hasToString("[08:30-12:00, 13:30-17:30]");
        assertThat(outlet.windowsOn(LocalDate.of(2025, 10, 1))).hasToString("[09:00-12:00]");
        assertThat(outlet.closeOfBusiness(LocalDate.of(2025, 10, 9)))
                .hasValueSatisfying(t -> assertThat(t).hasToString("17:30"));
    }
}
