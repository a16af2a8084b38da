package io.shixiao.organization.application;

import io.shixiao.organization.InsurerView;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationCounts;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.StaffView;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.organization.domain.Staff;
import io.shixiao.organization.domain.Zone;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopeSql;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryService implements OrganizationDirectory {

    private final OrgUnitRepository units;
    private final InsurerRepository insurers;
    private final StaffRepository staff;
    private final ZoneRepository zones;
    private final OutletRepository outlets;
    private final AssociationRepository associations;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** More units than any branch subtree has; a filter list longer than this would be unusable anyway. */
    private static final int UNITS_LISTED = 2_000;

    DirectoryService(
            OrgUnitRepository units,
            InsurerRepository insurers,
            StaffRepository staff,
            ZoneRepository zones,
            OutletRepository outlets,
            AssociationRepository associations,
            JdbcClient jdbc,
            Clock clock) {
        this.units = units;
        this.insurers = insurers;
        this.staff = staff;
        this.zones = zones;
        this.outlets = outlets;
        this.associations = associations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<OrgUnitView> unitByCode(String code) {
        return units.findByCode(code).map(DirectoryService::view);
    }

    @Override
    public Optional<OrgUnitView> unit(long id) {
        return units.find(id).map(DirectoryService::view);
    }

    @Override
    public Optional<StaffView> staffByEmployeeNo(String insurerCode, String employeeNo) {
        return insurers.findByCode(insurerCode)
                .flatMap(i -> staff.findByEmployeeNo(i.id(), employeeNo))
                .map(DirectoryService::view);
    }

    @Override
    public Optional<StaffView> staff(long id) {
        return staff.find(id).map(DirectoryService::view);
    }

    @Override
    public List<StaffView> activeStaffWithRole(Role role, DataScope scope) {
        return staff
                .list(ScopeSql.over("u", scope), new StaffFilter(null, null, role, true, null, null), 500, 0)
                .stream()
                .map(DirectoryService::view)
                .toList();
    }

    @Override
    public Optional<Long> insurerIdByCode(String code) {
        return insurers.findByCode(code).map(i -> i.id());
    }

    @Override
    public List<InsurerView> insurers() {
        return insurers.list(null, null, null, UNITS_LISTED, 0).stream()
                .map(DirectoryService::view)
                .toList();
    }

    @Override
    public Optional<InsurerView> insurer(long id) {
        return insurers.find(id).map(DirectoryService::view);
    }

    private static InsurerView view(Insurer i) {
        return new InsurerView(i.id(), i.code(), i.shortName(), i.active(), i.hotline());
    }

    @Override
    public Optional<Long> associationIdByCode(String code) {
        return associations.findByCode(code).map(a -> a.id());
    }

    @Override
    public List<OrgUnitView> units(DataScope scope) {
        return units.list(ScopeSql.over("u", scope), null, null, true, null, UNITS_LISTED, 0).stream()
                .map(DirectoryService::view)
                .toList();
    }

    @Override
    public OrganizationCounts counts(DataScope scope) {
        ScopeSql sql = ScopeSql.over("u", scope);
        long unitCount = count("select count(*) from org_unit u where u.active and ", sql);
        long outletCount =
                count("select count(*) from outlet o join org_unit u on u.id = o.org_unit_id where o.active and ", sql);
        long staffCount =
                count("select count(*) from staff s join org_unit u on u.id = s.org_unit_id where s.active and ", sql);
        return new OrganizationCounts(unitCount, outletCount, staffCount);
    }

    private long count(String select, ScopeSql scope) {
        return jdbc.sql(select + scope.predicate())
                .params(scope.params())
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<ZoneKind> zoneKindFor(long insurerId, String divisionCode) {
        if (!DivisionCode.isValid(divisionCode)) {
            return Optional.empty();
        }
        return Zone.theMostSpecificCoveringZoneDecides(zones.activeOf(insurerId), DivisionCode.of(divisionCode))
                .map(Zone::kind);
    }

    @Override
    public Optional<WeeklyHours> outletHours(long outletId) {
        return outlets.hours(outletId);
    }

    @Override
    public Set<Long> memberInsurerIds(long associationId) {
        return new HashSet<>(jdbc.sql("""
                select insurer_id from association_member
                 where association_id = :association and joined_on <= :today and (left_on is null or left_on > :today)
                """)
                .param("association", associationId)
                .param("today", LocalDate.now(clock))
                .query(Long.class)
                .list());
    }

    @Override
    public Map<Long, WeeklyHours> activeOutletHours() {
        return outlets.activeHours();
    }

    static OrgUnitView view(OrgUnit u) {
        return new OrgUnitView(
                u.id(),
                u.insurerId(),
                u.code(),
                u.name(),
                u.level(),
                u.path(),
                u.divisionCode().value(),
                u.active());
    }

    static StaffView view(StaffRecord record) {
        Staff s = record.staff();
        return new StaffView(
                s.id(),
                s.insurerId(),
                s.orgUnitId(),
                record.orgPath(),
                s.name(),
                s.employeeNo(),
                Masks.mobile(s.mobile().value()),
                s.roles(),
                s.active());
    }
}
