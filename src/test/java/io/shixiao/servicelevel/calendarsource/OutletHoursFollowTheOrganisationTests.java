package io.shixiao.servicelevel.calendarsource;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.organization.OpeningHours;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.OutletHoursChanged;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.application.OutletRecord;
import io.shixiao.organization.application.OutletService;
import io.shixiao.organization.domain.Outlet;
import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.clock.TestUser;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The first cross-module listener: when the organisation changes an outlet's hours it publishes
 * {@link OutletHoursChanged}, and the engine's {@code outlet:{id}} calendar follows without a poll.
 * Bootstrapped as a module test of the service-level engine with the modules it depends on.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class OutletHoursFollowTheOrganisationTests {

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    OutletService outlets;

    @Autowired
    CalendarRegistry calendars;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOutletThatOpensLateOnMondaysCountsItsServiceHoursFromTheNewOpening(Scenario scenario) {
        long outletId = organization.activeOutletHours().keySet().iterator().next();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(TestUser.admin(), null, java.util.List.of()));
        OutletRecord current = outlets.get(outletId);
        Outlet outlet = current.outlet();
        EnumMap<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        days.putAll(outlet.hours().days());
        days.put(DayOfWeek.MONDAY, new OpeningHours(LocalTime.of(13, 0), LocalTime.of(17, 0)));

        scenario.stimulate(() -> outlets.update(
                        outletId,
                        outlet.version(),
                        outlet.orgUnitId(),
                        outlet.name(),
                        outlet.address(),
                        outlet.divisionCode().value(),
                        outlet.kind(),
                        outlet.hotline(),
                        new WeeklyHours(days)))
                .andWaitForEventOfType(OutletHoursChanged.class)
                .matching(changed -> changed.outletId() == outletId)
                .toArriveAndVerify(changed -> assertThat(changed.open()).isTrue());

        scenario.stimulate(() -> {})
                .andWaitForStateChange(() -> oneServiceHourFromMondayMorning(outletId), end -> end.getHour() == 14)
                .andVerify(end ->
                        assertThat(end).isEqualTo(ZonedDateTime.parse("2026-03-02T14:00:00+08:00[Asia/Shanghai]")));
    }

    // Monday 2 March 2026 at 08:00: with the new hours the first service hour runs 13:00–14:00.
    private ZonedDateTime oneServiceHourFromMondayMorning(long outletId) {
        return PeriodArithmetic.deadline(
                        calendars.get(OutletCalendars.PREFIX + outletId),
                        ZonedDateTime.parse("2026-03-02T08:00:00+08:00[Asia/Shanghai]"),
                        1,
                        PeriodUnit.SERVICE_HOURS,
                        PeriodRules.civilCode())
                .end();
    }
}
