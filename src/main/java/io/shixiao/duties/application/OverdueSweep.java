package io.shixiao.duties.application;

import io.shixiao.duties.RecurringDutyOverdue;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.duties.domain.DutyOccurrence;
import io.shixiao.duties.domain.DutyStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags the occurrences whose due time has passed while they were open: overdue (published as {@link
 * RecurringDutyOverdue} in the same transaction, through the persisted event registry), or lapsed for
 * an optional duty. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes may sweep
 * and none flags an occurrence twice.
 */
@Component
public class OverdueSweep {

    private final OccurrenceRepository occurrences;
    private final DutyCatalog catalog;
    private final ApplicationEventPublisher events;
    private final DutiesProperties properties;
    private final Clock clock;

    OverdueSweep(
            OccurrenceRepository occurrences,
            DutyCatalog catalog,
            ApplicationEventPublisher events,
            DutiesProperties properties,
            Clock clock) {
        this.occurrences = occurrences;
        this.catalog = catalog;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** One batch; the number of occurrences flagged. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        int flagged = 0;
        for (long id : occurrences.claimDue(now, properties.sweep().batch())) {
            DutyOccurrence occurrence = occurrences.find(id).orElseThrow();
            occurrence.passDue(now);
            occurrences.save(occurrence);
            flagged++;
            if (occurrence.status() == DutyStatus.OVERDUE) {
                events.publishEvent(overdue(id, occurrence, now));
            }
        }
        return flagged;
    }

    private RecurringDutyOverdue overdue(long id, DutyOccurrence occurrence, Instant now) {
        OccurrenceView view = occurrences.view(id).orElseThrow();
        RecurringDuty duty = catalog.byCode(occurrence.dutyCode()).orElse(null);
        return new RecurringDutyOverdue(
                id,
                occurrence.dutyCode(),
                duty == null ? occurrence.dutyCode() : duty.title(),
                occurrence.ownerType(),
                occurrence.ownerId(),
                view.ownerName(),
                view.insurerId(),
                view.orgPath(),
                occurrence.periodStart(),
                occurrence.periodEnd(),
                occurrence.due(),
                duty == null ? Set.of() : duty.notifyRoles(),
                now);
    }
}
