package io.shixiao.notification.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox dispatcher.
 *
 * @param enabled whether this node dispatches (every node may: rows are claimed with SKIP LOCKED)
 * @param intervalMs pause between rounds
 * @param batch messages claimed per transaction
 * @param maxAttempts attempts before a message is given up as FAILED
 * @param backoffSeconds wait after the first failure; doubled after each further one
 * @param maxBackoffSeconds the longest wait between two attempts
 */
@ConfigurationProperties("shixiao.notification.dispatch")
public record DispatchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2000") long intervalMs,
        @DefaultValue("100") int batch,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30") long backoffSeconds,
        @DefaultValue("3600") long maxBackoffSeconds) {}
