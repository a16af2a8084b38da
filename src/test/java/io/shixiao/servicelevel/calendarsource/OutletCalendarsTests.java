package io.shixiao.servicelevel.calendarsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OpeningHours;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OutletCalendarsTests {

    @Autowired
    CalendarCatalog catalog;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MockMvc mvc;

    private ServiceCalendar weekdaysEightThirtyToFiveThirty() {
        EnumMap<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : java.util.List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(day, new OpeningHours(LocalTime.of(8, 30), LocalTime.of(17, 30)));
        }
        return OutletCalendars.calendarOf("outlet:1", new WeeklyHours(days), catalog.schedule());
    }

    @Test
    void anAdjustedSundayOpensWithMondayHours() {
        // 2025-09-28 (Sunday) is worked before the National Day holiday.
        ZonedDateTime fridayAfternoon = ZonedDateTime.parse("2025-09-26T16:30:00+08:00[Asia/Shanghai]");
        var end = PeriodArithmetic.deadline(
                weekdaysEightThirtyToFiveThirty(),
                fridayAfternoon,
                2,
                PeriodUnit.SERVICE_HOURS,
                PeriodRules.civilCode());
        assertThat(end.end()).isEqualTo(ZonedDateTime.parse("2025-09-28T09:30:00+08:00[Asia/Shanghai]"));
    }

    @Test
    void theNationalDayBlockIsClosedAtAnOutlet() {
        ZonedDateTime tuesdayBeforeTheHoliday = ZonedDateTime.parse("2025-09-30T17:00:00+08:00[Asia/Shanghai]");
        var end = PeriodArithmetic.deadline(
                weekdaysEightThirtyToFiveThirty(),
                tuesdayBeforeTheHoliday,
                1,
                PeriodUnit.SERVICE_HOURS,
                PeriodRules.civilCode());
        assertThat(end.end()).isEqualTo(ZonedDateTime.parse("2025-10-09T09:00:00+08:00[Asia/Shanghai]"));
    }

    @Test
    void everyActiveDemoOutletHasACalendarTheApiComputesOn() throws Exception {
        Map<Long, WeeklyHours> outlets = organization.activeOutletHours();
        assertThat(outlets).isNotEmpty();
        long outletId = outlets.keySet().iterator().next();
        mvc.perform(get("/api/v1/calendars/outlet:" + outletId + "/deadline")
                        .param("start", "2025-09-30T10:00:00")
                        .param("amount", "1")
                        .param("unit", "WORKING_DAYS")
                        .with(httpBasic("anlan.agent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.calendar").value("outlet:" + outletId))
                .andExpect(jsonPath("$.lastDay").value("2025-10-09"));
    }
}
