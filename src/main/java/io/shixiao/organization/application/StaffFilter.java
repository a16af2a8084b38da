package io.shixiao.organization.application;

import io.shixiao.shared.security.Role;

/** Filters of the staff list; every one may be empty. {@code mobile} matches exactly (by keyed hash). */
public record StaffFilter(Long insurerId, Long orgUnitId, Role role, Boolean active, String q, String mobile) {

  public static StaffFilter none() {
    return new StaffFilter(null, null, null, null, null, null);
  }
}
