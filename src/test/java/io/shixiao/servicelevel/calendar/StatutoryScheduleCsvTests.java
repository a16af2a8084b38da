package io.shixiao.servicelevel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryScheduleCsvTests {

    @Test
    void theFileIsReadLineByLineWithHeaderBlankLinesAndCommentsIgnored() {
        List<StatutoryDay> days = StatutoryScheduleCsv.parse(
                "\uFEFFdate,type,name\r\n# 2027 notice\r\n2027-01-01,holiday,元旦\r\n\r\n2027-02-06,workday,春节, adjusted\r\n");
        assertThat(days)
                .containsExactly(
                        new StatutoryDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
                        new StatutoryDay(LocalDate.of(2027, 2, 6), DayKind.ADJUSTED_WORKDAY, "春节, adjusted"));
    }

    @Test
    void aBadLineIsRefusedNamingItsNumber() {
        assertThatThrownBy(() ->
                        StatutoryScheduleCsv.parse("date,type,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith("Line 3:")
                .extracting(e -> ((CalendarDataException) e).line())
                .isEqualTo(3);
        assertThatThrownBy(() -> StatutoryScheduleCsv.parse("2027-01-01,day-off,元旦"))
                .hasMessageContaining("holiday or workday");
        assertThatThrownBy(() -> StatutoryScheduleCsv.parse("2027-01-01,holiday,"))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> StatutoryScheduleCsv.parse("2027-01-01,holiday"))
                .hasMessageContaining("date,type,name");
        assertThatThrownBy(() -> StatutoryScheduleCsv.parse("2027-01-04,workday,x"))
                .hasMessageContaining("Saturday or Sunday");
        assertThatThrownBy(() -> StatutoryScheduleCsv.parse("2027-01-01,holiday,a\n2027-01-01,holiday,b"))
                .hasMessageStartingWith("Line 2:");
        assertThatThrownBy(() -> StatutoryScheduleCsv.parse("date,type,name\n")).hasMessageContaining("no day");
    }

    @Test
    void aNewScheduleForAYearReplacesThatYearOnly() {
        StatutorySchedule schedule = CalendarFixtures.SCHEDULE;
        StatutorySchedule updated =
                schedule.withYears(List.of(new StatutoryDay(LocalDate.of(2026, 3, 2), DayKind.HOLIDAY, "测试")));
        assertThat(updated.daysOf(2026)).hasSize(1);
        assertThat(updated.daysOf(2025)).isEqualTo(schedule.daysOf(2025));
        assertThat(updated.yearsDifferingFrom(schedule)).containsExactly(2026);
        assertThat(StatutorySchedule.of(StatutoryScheduleCsv.parse(StatutoryScheduleCsv.format(schedule.allDays()))))
                .isEqualTo(schedule);
    }

    @Test
    void aPublishedFutureYearChangesTheDeadline() {
        ServiceCalendar before = StandardCalendars.cn(CalendarFixtures.SCHEDULE);
        ServiceCalendar after = StandardCalendars.cn(CalendarFixtures.SCHEDULE.withYears(
                StatutoryScheduleCsv.parse("2027-01-01,holiday,元旦\n2027-01-04,holiday,元旦")));
        java.time.ZonedDateTime start = java.time.ZonedDateTime.parse("2026-12-30T10:00:00+08:00[Asia/Shanghai]");
        Deadline unpublished =
                PeriodArithmetic.deadline(before, start, 2, PeriodUnit.WORKING_DAYS, PeriodRules.civilCode());
        Deadline published =
                PeriodArithmetic.deadline(after, start, 2, PeriodUnit.WORKING_DAYS, PeriodRules.civilCode());
        assertThat(unpublished.lastDay()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(unpublished.unpublishedYears()).containsExactly(2027);
        assertThat(published.lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(published.unpublishedYears()).isEmpty();
    }

    @Test
    void theRegistrySwapsACalendarInWithoutDisturbingTheOthers() {
        CalendarRegistry registry = CalendarRegistry.of(StandardCalendars.all(CalendarFixtures.SCHEDULE));
        assertThat(registry.all()).extracting(ServiceCalendar::id).containsExactly("24x7", "365x8", "CN", "CN-OFFICE");
        ServiceCalendar replacement = StandardCalendars.cn(StatutorySchedule.empty());
        registry.register(replacement);
        assertThat(registry.get("CN")).isSameAs(replacement);
        assertThat(registry.find("outlet:1")).isEmpty();
        assertThatThrownBy(() -> registry.get("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
