package io.shixiao.organization;

import io.shixiao.shared.security.Role;
import java.util.Set;

/** A staff member as other modules see them; the mobile number is masked. */
public record StaffView(
        long id,
        long insurerId,
        long orgUnitId,
        String orgPath,
        String name,
        String employeeNo,
        String maskedMobile,
        Set<Role> roles,
        boolean active) {}
