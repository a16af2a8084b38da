package io.shixiao.organization;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read access to the organisation for other modules: units, staff, associations, zones, outlet
 * hours and dashboard counts. These lookups do not apply the current user's data scope (callers such
 * as the security module need them before anyone is signed in); {@link #counts} takes the scope.
 */
public interface OrganizationDirectory {

    Optional<OrgUnitView> unitByCode(String code);

    Optional<OrgUnitView> unit(long id);

    Optional<StaffView> staffByEmployeeNo(String insurerCode, String employeeNo);

    Optional<StaffView> staff(long id);

    Optional<Long> insurerIdByCode(String code);

    /** The active staff holding {@code role} within {@code scope} (e.g. the surveyors a dispatcher may choose). */
    List<StaffView> activeStaffWithRole(Role role, DataScope scope);

    /** Every insurer on the platform, active or not, by code. */
    List<InsurerView> insurers();

    /** One insurer, active or not, with its name and hotline as customers are told them. */
    Optional<InsurerView> insurer(long id);

    Optional<Long> associationIdByCode(String code);

    /** The active units visible in {@code scope}, in tree order (none for association and county). */
    List<OrgUnitView> units(DataScope scope);

    /** Active units, outlets and staff visible in {@code scope} (zero for association and county). */
    OrganizationCounts counts(DataScope scope);

    /** The kind of the most specific active zone of {@code insurerId} covering {@code divisionCode}. */
    Optional<ZoneKind> zoneKindFor(long insurerId, String divisionCode);

    /** The weekly business hours of an outlet, for its {@code outlet:{id}} calendar. */
    Optional<WeeklyHours> outletHours(long outletId);

    /** The insurers that are members of the association today (joined, not yet left). */
    Set<Long> memberInsurerIds(long associationId);

    /** The weekly business hours of every active outlet, by outlet id. */
    Map<Long, WeeklyHours> activeOutletHours();
}
