package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.ClockRef;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * into the persisted event publication registry, where listeners (notification, quality) pick it up. It is
 * the bulk form of {@link io.shixiao.servicelevel.clock.domain.ServiceClock#markBreached}.
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
        returning c.id, c.case_type, c.case_id, c.standard_code, c.standard_version, c.binds_step, c.insurer_id,
          c.org_unit_id, c.org_path, c.assignee_id, c.escalation_roles, c.deadline),
      logged as (
        insert into service_clock_event_log (clock_id, occurred_at, kind, detail, actor)
        select id, :now, 'BREACHED', 'due ' || to_char(deadline at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS'), 'system'
        from flagged),
      escalated as (
        insert into service_clock_escalation (clock_id, insurer_id, org_unit_id, org_path, roles, created_at)
        select id, insurer_id, org_unit_id, org_path, coalesce(nullif(escalation_roles, ''), 'MANAGER'), :now
        from flagged
        on conflict (clock_id) do nothing)
      select id, case_type, case_id, standard_code, standard_version, binds_step, insurer_id, org_unit_id, org_path,
        assignee_id, coalesce(nullif(escalation_roles, ''), 'MANAGER') as escalation_roles, deadline from flagged
      """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final StandardCatalog catalog;
    private final Clock clock;
    private final int batch;

    public BreachSweep(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            StandardCatalog catalog,
            Clock clock,
            int batch) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.catalog = catalog;
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
                    .query((rs, n) -> {
                        long assignee = rs.getLong("assignee_id");
                        Long assigneeId = rs.wasNull() ? null : assignee;
                        String code = rs.getString("standard_code");
                        LocalDate version = rs.getDate("standard_version").toLocalDate();
                        ClockRef ref = new ClockRef(
                                rs.getObject("id", UUID.class),
                                ClockRepository.caseRef(rs),
                                code,
                                rs.getString("binds_step"),
                                catalog.version(code, version)
                                        .map(ServiceStandard::title)
                                        .orElse(code),
                                rs.getLong("org_unit_id"),
                                rs.getString("org_path"),
                                assigneeId);
                        return new ServiceDeadlineBreached(
                                ref,
                                ClockRepository.roles(rs.getString("escalation_roles")),
                                ClockRepository.instant(rs, "deadline"),
                                now);
                    })
                    .list();
            breaches.forEach(events::publishEvent);
            return breaches.size();
        });
        return flagged == null ? 0 : flagged;
    }
}
