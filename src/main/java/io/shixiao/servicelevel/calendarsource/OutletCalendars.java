package io.shixiao.servicelevel.calendarsource;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.OutletHoursChanged;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.servicelevel.calendar.CalendarChanged;
import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import io.shixiao.servicelevel.calendar.ServiceCalendarBuilder;
import io.shixiao.servicelevel.calendar.ServiceWindow;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The business-hours calendar of every active service outlet, registered as {@code outlet:{id}}.
 * Which days count is the statutory calendar's (民法典第二百零三条: a period's days are the statutory
 * working days); the service windows are the outlet's hours for that weekday, and on an adjusted
 * working day (调休上班) its Monday hours. Refreshed at start, when the statutory schedule changes, and
 * when the organisation announces that an outlet opened, changed its hours or closed
 * ({@link OutletHoursChanged}, heard on the node that made the change); other nodes of a cluster catch
 * up on a slow safety round ({@code shixiao.calendars.outlet-refresh}, five minutes), since the event
 * registry delivers an event on the node that published it.
 */
@Component
class OutletCalendars {

    static final String PREFIX = "outlet:";

    private final OrganizationDirectory organization;
    private final CalendarRegistry registry;
    private final CalendarCatalog catalog;
    private final Set<String> registered = new HashSet<>();

    OutletCalendars(OrganizationDirectory organization, CalendarRegistry registry, CalendarCatalog catalog) {
        this.organization = organization;
        this.registry = registry;
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerOnStart() {
        refresh();
    }

    @EventListener
    void scheduleChanged(CalendarChanged changed) {
        refresh();
    }

    /** The organisation's news: the changed outlet's calendar follows as soon as the change commits. */
    @ApplicationModuleListener
    void outletChanged(OutletHoursChanged changed) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${shixiao.calendars.outlet-refresh:PT5M}", initialDelayString = "PT5M")
    void catchUpWithOtherNodes() {
        refresh();
    }

    synchronized void refresh() {
        StatutorySchedule schedule = catalog.schedule();
        List<ServiceCalendar> calendars = new ArrayList<>();
        for (Map.Entry<Long, WeeklyHours> outlet :
                organization.activeOutletHours().entrySet()) {
            calendars.add(calendarOf(PREFIX + outlet.getKey(), outlet.getValue(), schedule));
        }
        Set<String> current = new HashSet<>();
        calendars.forEach(calendar -> current.add(calendar.id()));
        registered.stream().filter(id -> !current.contains(id)).forEach(registry::remove);
        registry.register(calendars);
        registered.clear();
        registered.addAll(current);
    }

    static ServiceCalendar calendarOf(String id, WeeklyHours hours, StatutorySchedule schedule) {
        ServiceCalendarBuilder builder = ServiceCalendarBuilder.calendar(id).restDaysOf(schedule);
        hours.days().forEach((day, open) -> builder.windowOn(day, new ServiceWindow(open.opens(), open.closes())));
        hours.on(DayOfWeek.MONDAY)
                .ifPresent(
                        monday -> builder.windowOnAdjustedWorkdays(new ServiceWindow(monday.opens(), monday.closes())));
        return builder.build();
    }
}
