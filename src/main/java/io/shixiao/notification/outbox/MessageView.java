package io.shixiao.notification.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer message as the delivery log shows it: the number masked. */
public record MessageView(
        long id,
        String templateCode,
        String channel,
        long insurerId,
        @Nullable String orgPath,
        String sourceRef,
        String recipient,
        @Nullable String body,
        MessageStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant lastAttemptAt,
        @Nullable String lastError,
        @Nullable String providerRef,
        Instant requestedAt,
        @Nullable Instant sentAt) {}
