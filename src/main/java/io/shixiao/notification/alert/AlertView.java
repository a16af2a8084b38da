package io.shixiao.notification.alert;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An alert in a user's inbox. */
public record AlertView(
        long id,
        AlertKind kind,
        String title,
        String detail,
        @Nullable String link,
        List<String> roles,
        @Nullable Long assigneeStaffId,
        @Nullable Instant dueAt,
        Instant createdAt,
        boolean read) {}
