package io.shixiao.servicelevel.clock.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A closed interval during which a clock did not count, e.g. from the one-time notice reaching the
 * claimant until the supplementary documents reached the insurer (司法解释二第十五条), or an
 * appraisal or mediation (投诉办法第十八条第二款, 第二十三条).
 */
public record PausedInterval(
        Instant from,
        Instant to,
        @org.jspecify.annotations.Nullable String reason) {

    public PausedInterval {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A pause cannot end (" + to + ") before it began (" + from + ")");
        }
    }

    public Duration duration() {
        return Duration.between(from, to);
    }
}
