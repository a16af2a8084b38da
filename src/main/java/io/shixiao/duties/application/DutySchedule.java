package io.shixiao.duties.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens new periods and flags overdue occurrences on this node every {@code
 * shixiao.duties.sweep.interval-ms} (a minute by default: due times fall at midnight).
 */
@Component
@ConditionalOnBooleanProperty(name = "shixiao.duties.sweep.enabled", matchIfMissing = true)
class DutySchedule {

    private static final Logger log = LoggerFactory.getLogger(DutySchedule.class);

    private final OccurrenceGenerator generator;
    private final OverdueSweep sweep;

    DutySchedule(OccurrenceGenerator generator, OverdueSweep sweep) {
        this.generator = generator;
        this.sweep = sweep;
    }

    @Scheduled(
            fixedDelayString = "${shixiao.duties.sweep.interval-ms:60000}",
            initialDelayString = "${shixiao.duties.sweep.interval-ms:60000}")
    void run() {
        try {
            generator.generate();
            while (sweep.sweep() > 0) {
                // a full batch may leave more behind
            }
        } catch (RuntimeException e) {
            // The next round opens and claims the same rows again: nothing is lost or flagged twice.
            log.warn("Recurring-duty sweep failed; retrying on the next round", e);
        }
    }
}
