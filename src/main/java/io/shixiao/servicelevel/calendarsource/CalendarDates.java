package io.shixiao.servicelevel.calendarsource;

import io.shixiao.servicelevel.DayCount;
import io.shixiao.servicelevel.DayPeriodEnd;
import io.shixiao.servicelevel.ServiceCalendars;
import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.Deadline;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.time.LocalDate;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * {@link ServiceCalendars} on the registry's current calendars, through {@link PeriodArithmetic}. It
 * waits for {@link CalendarCatalog} to fill the registry, so that a caller at start-up sees the calendars.
 */
@Component
@DependsOn("calendarCatalog")
public class CalendarDates implements ServiceCalendars {

    private final CalendarRegistry registry;

    public CalendarDates(CalendarRegistry registry) {
        this.registry = registry;
    }

    @Override
    public DayPeriodEnd periodEnd(
            String calendarId, LocalDate eventDay, int amount, DayCount unit, boolean rollRestDay) {
        Deadline deadline = PeriodArithmetic.deadline(
                registry.get(calendarId),
                eventDay.atStartOfDay(PeriodArithmetic.SHANGHAI),
                amount,
                PeriodUnit.valueOf(unit.name()),
                new PeriodRules(rollRestDay, false));
        // a day-based period always names its last day; only elapsed and service-hour periods do not
        return new DayPeriodEnd(
                java.util.Objects.requireNonNull(deadline.lastDay()),
                deadline.end().toInstant(),
                deadline.usedFallbackYears());
    }

    @Override
    public boolean knows(String calendarId) {
        return registry.find(calendarId).isPresent();
    }

    @Override
    public boolean isWorkingDay(String calendarId, LocalDate day) {
        return registry.get(calendarId).isWorkingDay(day);
    }
}
