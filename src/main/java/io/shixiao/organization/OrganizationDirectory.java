package io.shixiao.organization;

import io.shixiao.shared.security.DataScope;
import java.util.Optional;

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

  Optional<Long> associationIdByCode(String code);

  /** Active units, outlets and staff visible in {@code scope} (zero for association and county). */
  OrganizationCounts counts(DataScope scope);

  /** The kind of the most specific active zone of {@code insurerId} covering {@code divisionCode}. */
  Optional<ZoneKind> zoneKindFor(long insurerId, String divisionCode);

  /** The weekly business hours of an outlet, for its {@code outlet:{id}} calendar. */
  Optional<WeeklyHours> outletHours(long outletId);
}
