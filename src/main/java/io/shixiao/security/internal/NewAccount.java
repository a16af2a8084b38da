package io.shixiao.security.internal;

import io.shixiao.shared.security.Role;
import java.util.Set;

/** An account to create; exactly one of the scope anchors is set unless the account is ADMIN. */
record NewAccount(
        String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        Long insurerId,
        Long orgUnitId,
        Long associationId,
        String countyDivisionCode,
        Long staffId) {}
