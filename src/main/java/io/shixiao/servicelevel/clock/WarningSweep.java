package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.ServiceDeadlineApproaching;
import io.shixiao.servicelevel.clock.domain.ServiceClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warns of running clocks that used a threshold's share of their time, each threshold once: claims a
 * batch by the next warning time with {@code FOR UPDATE SKIP LOCKED}, lets each clock say which
 * thresholds it crossed ({@link ServiceClock#warn}) and publishes {@link ServiceDeadlineApproaching}.
 */
public class WarningSweep {

    private final JdbcClient jdbc;
    private final ClockRepository clocks;
    private final ClockViews views;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batch;

    WarningSweep(
            JdbcClient jdbc,
            ClockRepository clocks,
            ClockViews views,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock,
            int batch) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.views = views;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.batch = batch;
    }

    /** Warns of every clock due for a warning now; returns how many warnings were published. */
    public int sweep() {
        Instant now = clock.instant();
        int total = 0;
        int[] round;
        do {
            round = sweepBatch(now);
            total += round[1];
        } while (round[0] == batch);
        return total;
    }

    // Returns {clocks claimed, warnings published}.
    private int[] sweepBatch(Instant now) {
        return transaction.execute(status -> {
            List<UUID> due = jdbc.sql("""
              select id from service_clock where state = 'RUNNING' and next_warning_at <= :now
              order by next_warning_at limit :batch for update skip locked
              """)
                    .param("now", ClockRepository.ts(now))
                    .param("batch", batch)
                    .query(UUID.class)
                    .list();
            int warnings = 0;
            for (ServiceClock c : clocks.lockAll(due)) {
                List<Integer> crossed = c.warn(now);
                clocks.update(c, "system");
                for (int percent : crossed) {
                    events.publishEvent(new ServiceDeadlineApproaching(
                            views.ref(c), percent, views.standardOf(c).rolesWarnedAt(percent), c.deadline(), now));
                    warnings++;
                }
            }
            return new int[] {due.size(), warnings};
        });
    }
}
