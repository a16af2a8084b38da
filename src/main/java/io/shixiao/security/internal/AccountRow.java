package io.shixiao.security.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of {@code user_account} as the login needs it. */
record AccountRow(
        long id,
        String username,
        String passwordHash,
        String displayName,
        String[] roles,
        @Nullable Long insurerId,
        @Nullable Long orgUnitId,
        @Nullable Long associationId,
        @Nullable String countyDivisionCode,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil) {}
