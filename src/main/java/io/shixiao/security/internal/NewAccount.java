package io.shixiao.security.internal;

import io.shixiao.shared.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account to create; exactly one of the scope anchors is set unless the account is ADMIN. */
record NewAccount(
        String username,
        String passwordHash,
        String displayName,
        Set<Role> roles,
        @Nullable Long insurerId,
        @Nullable Long orgUnitId,
        @Nullable Long associationId,
        @Nullable String countyDivisionCode,
        @Nullable Long staffId) {}
