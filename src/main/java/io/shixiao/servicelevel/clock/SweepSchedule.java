package io.shixiao.servicelevel.clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the breach and warning sweeps on this node every {@code shixiao.service-levels.sweep.interval-ms}
 * (one second by default, so a breach is flagged about a second after its deadline).
 */
@Component
@ConditionalOnProperty(name = "shixiao.service-levels.sweep.enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final BreachSweep breaches;
    private final WarningSweep warnings;

    SweepSchedule(BreachSweep breaches, WarningSweep warnings) {
        this.breaches = breaches;
        this.warnings = warnings;
    }

    @Scheduled(
            fixedDelayString = "${shixiao.service-levels.sweep.interval-ms:1000}",
            initialDelayString = "${shixiao.service-levels.sweep.interval-ms:1000}")
    void sweep() {
        try {
            breaches.sweep();
            warnings.sweep();
        } catch (RuntimeException e) {
            // The next round claims the same clocks again: nothing is flagged twice, nothing is lost.
            log.warn("Service-level sweep failed; retrying on the next round", e);
        }
    }
}
