package io.shixiao.notification.alert;

import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An alert to write.
 *
 * @param dedupeKey the same event delivered twice writes one alert
 * @param insurerId and {@code orgPath}: the unit whose users with {@code roles} are told; a null path
 *     reaches the whole insurer
 * @param associationId for an association's own duties
 */
record NewAlert(
        AlertKind kind,
        String dedupeKey,
        @Nullable Long insurerId,
        @Nullable String orgPath,
        @Nullable Long associationId,
        Set<Role> roles,
        @Nullable Long assigneeStaffId,
        String title,
        String detail,
        @Nullable String link,
        @Nullable Instant dueAt) {}
