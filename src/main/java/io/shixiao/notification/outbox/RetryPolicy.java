package io.shixiao.notification.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed message is tried again: after {@code backoff}, doubled with each further failure up to
 * {@code maxBackoff}, until {@code maxAttempts} attempts have failed — then never.
 */
record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {

    static RetryPolicy of(DispatchProperties properties) {
        return new RetryPolicy(
                properties.maxAttempts(),
                Duration.ofSeconds(properties.backoffSeconds()),
                Duration.ofSeconds(properties.maxBackoffSeconds()));
    }

    /** The next attempt after {@code failedAttempts} failures, the last at {@code now}; empty to give up. */
    Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = backoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait));
    }
}
