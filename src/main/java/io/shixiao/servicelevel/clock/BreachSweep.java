package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.ServiceDeadlineBreached;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags running clocks whose deadline has passed, exactly once each, on any number of nodes: one
 * statement claims a batch of due clocks in deadline order with {@code FOR UPDATE SKIP LOCKED} (read
 * through the partial index on the deadline of running clocks), marks them BREACHED, writes their
 * timeline line and escalation row; the same transaction publishes {@link ServiceDeadlineBreached}
 * into the persisted event publication registry. It is the bulk form of {@link ServiceClock#markBreached}.
 */
public class BreachSweep {

    // The unit's MANAGER answers for a breach where the standard names nobody.
    private static final String SWEEP = """
      with due as (
        select id from service_clock
        where state = 'RUNNING' and deadline <= :now
        order by deadline
        limit :batch
        for update skip locked),
      flagged as (
        update service_clock c
        set state = 'BREACHED', breach_flagged_at = :now, next_warning_at = null, version = c.version + 1
        from due where c.id = due.id and c.state = 'RUNNING'
        returning c.id, c.case_type, c.case_id, c.standard_code, c.insurer_id, c.org_unit_id, c.org_path,
          c.escalation_roles, c.deadline),
      logged as (
        insert into service_clock_event_log (clock_id, occurred_at, kind, detail, actor)
        select id, :now, 'BREACHED', 'due ' || to_char(deadline at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS'), 'system'
        from flagged),
      escalated as (
        insert into service_clock_escalation (clock_id, insurer_id, org_unit_id, org_path, roles, created_at)
        select id, insurer_id, org_unit_id, org_path, coalesce(nullif(escalation_roles, ''), 'MANAGER'), :now
        from flagged
        on conflict (clock_id) do nothing)
      select id, case_type, case_id, standard_code, insurer_id, org_unit_id, deadline from flagged
      """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batch;

    public BreachSweep(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock,
            int batch) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.batch = batch;
    }

    /** Flags every clock due now, batch after batch; returns how many this node flagged. */
    public int sweep() {
        Instant now = clock.instant();
        int total = 0;
        int flagged;
        do {
            flagged = sweepBatch(now);
            total += flagged;
        } while (flagged == batch);
        return total;
    }

    /** Flags at most one batch of clocks due at {@code now} in one transaction. */
    public int sweepBatch(Instant now) {
        Integer flagged = transaction.execute(status -> {
            List<ServiceDeadlineBreached> breaches = jdbc.sql(SWEEP)
                    .param("now", ClockRepository.ts(now))
                    .param("batch", batch)
                    .query((rs, n) -> new ServiceDeadlineBreached(
                            rs.getObject("id", UUID.class),
                            rs.getString("case_type"),
                            rs.getString("case_id"),
                            rs.getString("standard_code"),
                            rs.getLong("insurer_id"),
                            rs.getLong("org_unit_id"),
                            ClockRepository.instant(rs, "deadline"),
                            now))
                    .list();
            breaches.forEach(events::publishEvent);
            return breaches.size();
        });
        return flagged == null ? 0 : flagged;
    }
}
