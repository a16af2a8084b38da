package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.organization.domain.Zone;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopeSql;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Zones for arrival time limits and the lookup "which kind of zone is this division for this insurer". */
@Service
public class ZoneService {

    private final ZoneRepository zones;
    private final OrgUnitService units;
    private final OrganizationAccess access;
    private final AuditTrail audit;

    ZoneService(ZoneRepository zones, OrgUnitService units, OrganizationAccess access, AuditTrail audit) {
        this.zones = zones;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Paged<ZoneRecord> list(Long insurerId, ZoneKind kind, Boolean active, PageRequest page) {
        ScopeSql scope = ScopeSql.over("u", access.scope());
        return new Paged<>(
                zones.list(scope, insurerId, kind, active, page.size(), page.offset()),
                page.page(),
                page.size(),
                zones.count(scope, insurerId, kind, active));
    }

    @Transactional(readOnly = true)
    public ZoneRecord get(long id) {
        ZoneRecord zone = zones.find(id).orElseThrow(() -> new NotFoundException("Zone", id));
        access.requireVisible(access.scope().canSee(zone.zone().insurerId(), zone.orgPath()), "Zone", id);
        return zone;
    }

    /** The most specific zone of an insurer the user may see that covers {@code divisionCode}. */
    @Transactional(readOnly = true)
    public Optional<Zone> lookup(long insurerId, String divisionCode) {
        access.requireVisible(access.scope().canSeeInsurer(insurerId), "Insurer", insurerId);
        if (!DivisionCode.isValid(divisionCode)) {
            throw new InvalidInputException("division", "must be a division code of 2, 4, 6, 9 or 12 digits");
        }
        return Zone.theMostSpecificCoveringZoneDecides(zones.activeOf(insurerId), DivisionCode.of(divisionCode));
    }

    @Transactional
    public ZoneRecord create(long orgUnitId, String name, ZoneKind kind, List<String> divisionCodes) {
        OrgUnit unit = units.placement("orgUnitId", orgUnitId);
        access.requireManage(unit.insurerId(), unit.path());
        Zone zone = Zone.define(unit.insurerId(), orgUnitId, name, kind, divisions(divisionCodes));
        long id = zones.insert(zone);
        audit.recordWrite("CREATE", "Zone", id, "Defined zone " + name + " (" + kind + ") at " + unit.code());
        return zones.find(id).orElseThrow();
    }

    @Transactional
    public ZoneRecord update(
            long id, long version, long orgUnitId, String name, ZoneKind kind, List<String> divisionCodes) {
        ZoneRecord current = get(id);
        access.requireManage(current.zone().insurerId(), current.orgPath());
        OptimisticLock.check("Zone", id, version, current.zone().version());
        OrgUnit unit = units.placement("orgUnitId", orgUnitId);
        if (unit.insurerId() != current.zone().insurerId()) {
            throw new InvalidInputException("orgUnitId", "A zone stays with its insurer");
        }
        access.requireManage(unit.insurerId(), unit.path());
        current.zone().revise(orgUnitId, name, kind, divisions(divisionCodes));
        zones.update(current.zone());
        audit.recordWrite("UPDATE", "Zone", id, "Revised zone " + name);
        return zones.find(id).orElseThrow();
    }

    @Transactional
    public ZoneRecord deactivate(long id, long version) {
        ZoneRecord current = get(id);
        access.requireManage(current.zone().insurerId(), current.orgPath());
        OptimisticLock.check("Zone", id, version, current.zone().version());
        current.zone().deactivate();
        zones.update(current.zone());
        audit.recordWrite(
                "DEACTIVATE", "Zone", id, "Deactivated zone " + current.zone().name());
        return zones.find(id).orElseThrow();
    }

    private Set<DivisionCode> divisions(List<String> codes) {
        Set<DivisionCode> result = new LinkedHashSet<>();
        if (codes != null) {
            for (String code : codes) {
                result.add(access.division("divisionCodes", code));
            }
        }
        return result;
    }
}
