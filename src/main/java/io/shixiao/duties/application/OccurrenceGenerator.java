package io.shixiao.duties.application;

import io.shixiao.duties.catalog.DutyPeriod;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.servicelevel.ServiceCalendars;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens the occurrences of every duty, per owner, for each period that has begun: from the duty's
 * effective day (at most {@code historyMonths} back) to the current period. Idempotent: an owner's
 * period is opened once however often this runs, on however many nodes.
 */
@Component
public class OccurrenceGenerator {

    private final DutyCatalog catalog;
    private final DutyOwners owners;
    private final OccurrenceRepository occurrences;
    private final ServiceCalendars calendars;
    private final DutiesProperties properties;
    private final Clock clock;

    OccurrenceGenerator(
            DutyCatalog catalog,
            DutyOwners owners,
            OccurrenceRepository occurrences,
            ServiceCalendars calendars,
            DutiesProperties properties,
            Clock clock) {
        this.catalog = catalog;
        this.owners = owners;
        this.occurrences = occurrences;
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens what is missing up to today; the number of occurrences opened. */
    public int generate() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ShanghaiTime.ZONE).toLocalDate();
        int opened = 0;
        for (RecurringDuty duty : catalog.all()) {
            opened += generate(duty, today, now);
        }
        return opened;
    }

    private int generate(RecurringDuty duty, LocalDate today, Instant now) {
        LocalDate earliest = today.minusMonths(properties.historyMonths());
        LocalDate from = duty.effectiveFrom().isAfter(earliest) ? duty.effectiveFrom() : earliest;
        if (from.isAfter(today)) {
            return 0;
        }
        DutyPeriod first = duty.recurrence().periodContaining(from);
        List<DutyOwner> bound = owners.of(duty, first.start(), today);
        int opened = 0;
        for (DutyPeriod period = first;
                !period.start().isAfter(today);
                period = duty.recurrence().next(period)) {
            for (DutyOwner owner : bound) {
                if (owner.bound(period.start(), period.end())
                        && occurrences.addIfAbsent(
                                duty.code(),
                                owner,
                                period,
                                duty.due().dueFor(period, calendars),
                                duty.optional(),
                                now)) {
                    opened++;
                }
            }
        }
        return opened;
    }
}
