package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OutletHoursChanged;
import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.domain.DutyAssignment;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.organization.domain.Outlet;
import io.shixiao.organization.domain.PlausibleDates;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopeSql;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service outlets (服务网点): hours, hotline and the weekend and holiday duty roster. */
@Service
public class OutletService {

    /** The longest roster period read at once. */
    static final int MAX_ROSTER_DAYS = 366;

    private final OutletRepository outlets;
    private final OrgUnitService units;
    private final StaffRepository staff;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OutletService(
            OutletRepository outlets,
            OrgUnitService units,
            StaffRepository staff,
            OrganizationAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.outlets = outlets;
        this.units = units;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Paged<OutletRecord> list(
            Long insurerId, Long orgUnitId, String division, Boolean active, String q, PageRequest page) {
        ScopeSql scope = ScopeSql.over("u", access.scope());
        return new Paged<>(
                outlets.list(scope, insurerId, orgUnitId, division, active, q, page.size(), page.offset()),
                page.page(),
                page.size(),
                outlets.count(scope, insurerId, orgUnitId, division, active, q));
    }

    @Transactional(readOnly = true)
    public OutletRecord get(long id) {
        OutletRecord outlet = outlets.find(id).orElseThrow(() -> new NotFoundException("Outlet", id));
        access.requireVisible(access.scope().canSee(outlet.insurerId(), outlet.orgPath()), "Outlet", id);
        return outlet;
    }

    @Transactional
    public OutletRecord create(
            long orgUnitId,
            String name,
            String address,
            String divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours) {
        OrgUnit unit = units.placement("orgUnitId", orgUnitId);
        access.requireManage(unit.insurerId(), unit.path());
        Outlet outlet = Outlet.open(
                orgUnitId, name, address, access.division("divisionCode", divisionCode), kind, hotline, hours);
        long id = outlets.insert(outlet);
        audit.recordWrite("CREATE", "Outlet", id, "Opened outlet " + name + " at " + unit.code());
        events.publishEvent(new OutletHoursChanged(id, unit.insurerId(), true));
        return outlets.find(id).orElseThrow();
    }

    @Transactional
    public OutletRecord update(
            long id,
            long version,
            long orgUnitId,
            String name,
            String address,
            String divisionCode,
            OutletKind kind,
            String hotline,
            WeeklyHours hours) {
        OutletRecord current = get(id);
        access.requireManage(current.insurerId(), current.orgPath());
        OptimisticLock.check("Outlet", id, version, current.outlet().version());
        OrgUnit unit = units.placement("orgUnitId", orgUnitId);
        if (unit.insurerId() != current.insurerId()) {
            throw new InvalidInputException("orgUnitId", "An outlet stays with its insurer");
        }
        access.requireManage(unit.insurerId(), unit.path());
        Outlet outlet = current.outlet();
        outlet.revise(orgUnitId, name, address, access.division("divisionCode", divisionCode), kind, hotline, hours);
        outlets.update(outlet);
        audit.recordWrite("UPDATE", "Outlet", id, "Revised outlet " + name);
        events.publishEvent(new OutletHoursChanged(id, current.insurerId(), outlet.active()));
        return outlets.find(id).orElseThrow();
    }

    @Transactional
    public OutletRecord deactivate(long id, long version) {
        OutletRecord current = get(id);
        access.requireManage(current.insurerId(), current.orgPath());
        OptimisticLock.check("Outlet", id, version, current.outlet().version());
        current.outlet().deactivate();
        outlets.update(current.outlet());
        audit.recordWrite(
                "DEACTIVATE", "Outlet", id, "Closed outlet " + current.outlet().name());
        events.publishEvent(new OutletHoursChanged(id, current.insurerId(), false));
        return outlets.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long outletId, LocalDate from, LocalDate to) {
        get(outletId);
        PlausibleDates.require("from", from);
        PlausibleDates.require("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (to.isAfter(from.plusDays(MAX_ROSTER_DAYS))) {
            throw new InvalidInputException("to", "at most " + MAX_ROSTER_DAYS + " days after from");
        }
        return outlets.duty(outletId, from, to);
    }

    /** Sets who is on duty at the outlet on {@code date}: active staff of the outlet's insurer, each once. */
    @Transactional
    public List<RosterEntry> assignDuty(long outletId, LocalDate date, List<DutyAssignment> assignments) {
        OutletRecord outlet = get(outletId);
        access.requireManage(outlet.insurerId(), outlet.orgPath());
        PlausibleDates.require("date", date);
        Set<Long> seen = new HashSet<>();
        for (DutyAssignment a : assignments) {
            if (!seen.add(a.staffId())) {
                throw new InvalidInputException("staffId", "staff " + a.staffId() + " is listed twice");
            }
            StaffRecord member = staff.find(a.staffId()).orElse(null);
            if (member == null
                    || member.staff().insurerId() != outlet.insurerId()
                    || !access.scope().canSee(outlet.insurerId(), member.orgPath())) {
                throw new InvalidInputException("staffId", "unknown staff " + a.staffId());
            }
            if (!member.staff().active()) {
                throw new InvalidInputException(
                        "staffId", "staff " + member.staff().employeeNo() + " is inactive");
            }
        }
        List<DutyAssignment> onDate = assignments.stream()
                .map(a -> new DutyAssignment(date, a.staffId(), a.note()))
                .toList();
        try {
            outlets.replaceDuty(outletId, date, onDate);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("date", "The roster of " + date + " was changed at the same time; reload it");
        }
        audit.recordWrite("DUTY", "Outlet", outletId, "Duty on " + date + ": " + onDate.size() + " staff");
        return outlets.duty(outletId, date, date);
    }
}
