package io.shixiao.notification.alert;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.RecurringDutyOverdue;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockRef;
import io.shixiao.servicelevel.ServiceCountExceeded;
import io.shixiao.servicelevel.ServiceDeadlineApproaching;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The first cross-module listener of the service-level engine: each warning, breach and broken count
 * becomes an alert for the roles the standard names, within the case's organisation unit; an overdue
 * recurring duty one for the roles the duty names. Listeners run after the engine's transaction
 * commits, in their own, from the persisted event registry, so an alert is never lost and — by its
 * dedupe key — never doubled when an event is delivered again.
 */
@Component
class DeadlineAlerts {

    private final StaffAlerts alerts;

    DeadlineAlerts(StaffAlerts alerts) {
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(ServiceDeadlineApproaching event) {
        ClockRef clock = event.clock();
        alerts.add(new NewAlert(
                AlertKind.DEADLINE_APPROACHING,
                "approaching:" + clock.clockId() + ":" + event.elapsedPercent(),
                clock.caseRef().insurerId(),
                clock.orgPath(),
                null,
                event.notifyRoles(),
                clock.assigneeId(),
                clock.title(),
                clock.caseRef() + " · " + clock.standardCode() + " · 已用时 " + event.elapsedPercent() + "%，截止 "
                        + ShanghaiTime.display(event.deadline()),
                caseLink(clock.caseRef()),
                event.deadline()));
    }

    @ApplicationModuleListener
    void on(ServiceDeadlineBreached event) {
        ClockRef clock = event.clock();
        alerts.add(new NewAlert(
                AlertKind.DEADLINE_BREACHED,
                "breached:" + clock.clockId(),
                clock.caseRef().insurerId(),
                clock.orgPath(),
                null,
                event.escalateTo(),
                clock.assigneeId(),
                clock.title(),
                clock.caseRef() + " · " + clock.standardCode() + " · 已超时，截止 " + ShanghaiTime.display(event.deadline()),
                caseLink(clock.caseRef()),
                event.deadline()));
    }

    @ApplicationModuleListener
    void on(ServiceCountExceeded event) {
        alerts.add(new NewAlert(
                AlertKind.COUNT_EXCEEDED,
                "count:" + event.countId(),
                event.caseRef().insurerId(),
                event.orgPath(),
                null,
                event.escalateTo(),
                null,
                event.title(),
                event.caseRef() + " · " + event.standardCode() + " · " + event.counted() + " 次，至多 " + event.maximum()
                        + " 次",
                caseLink(event.caseRef()),
                null));
    }

    @ApplicationModuleListener
    void on(RecurringDutyOverdue event) {
        boolean association = event.ownerType() == DutyOwnerType.ASSOCIATION;
        boolean insurer = event.insurerId() != null;
        // A scheme's insurer is not known yet: its overdue duties reach the platform administrator.
        Set<Role> roles = insurer || association ? event.notifyRoles() : Set.of(Role.ADMIN);
        alerts.add(new NewAlert(
                AlertKind.DUTY_OVERDUE,
                "duty:" + event.occurrenceId(),
                event.insurerId(),
                event.orgPath(),
                association ? event.ownerId() : null,
                roles,
                null,
                event.title(),
                event.ownerName() + " · " + event.periodStart() + "–" + event.periodEnd() + " · 已逾期，截止 "
                        + ShanghaiTime.display(event.due()),
                "/service-levels/duties/" + event.occurrenceId(),
                event.due()));
    }

    private static String caseLink(CaseRef ref) {
        return "/service-levels/cases/" + ref.type() + "/" + ref.id();
    }
}
