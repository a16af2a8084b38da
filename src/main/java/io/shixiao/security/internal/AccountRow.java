package io.shixiao.security.internal;

import java.time.Instant;

/** One row of {@code user_account} as the login needs it. */
record AccountRow(
        long id,
        String username,
        String passwordHash,
        String displayName,
        String[] roles,
        Long insurerId,
        Long orgUnitId,
        Long associationId,
        String countyDivisionCode,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {}
