package io.shixiao.duties.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The recurring duties.
 *
 * @param file the duty file on the classpath
 * @param historyMonths how far back occurrences are generated on a first run
 * @param sweep the schedule that flags overdue occurrences and opens new periods
 */
@ConfigurationProperties("shixiao.duties")
public record DutiesProperties(
        @DefaultValue("duties/recurring-duties.yml") String file,
        @DefaultValue("12") int historyMonths,
        @DefaultValue Sweep sweep) {

    /**
     * @param enabled whether this node runs the schedule (every node may: rows are claimed with SKIP LOCKED)
     * @param intervalMs pause between sweeps; due days end at midnight, so a minute is plenty
     * @param batch occurrences claimed per transaction
     */
    public record Sweep(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("60000") long intervalMs,
            @DefaultValue("500") int batch) {}
}
