package io.shixiao.servicelevel.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The breach and warning sweeps.
 *
 * @param enabled whether this node sweeps (every node may: rows are claimed with SKIP LOCKED)
 * @param intervalMs pause between sweeps; the breach detection delay is at most about this long
 * @param batch clocks claimed per transaction
 */
@ConfigurationProperties("shixiao.service-levels.sweep")
record SweepProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1000") long intervalMs,
        @DefaultValue("1000") int batch) {}
