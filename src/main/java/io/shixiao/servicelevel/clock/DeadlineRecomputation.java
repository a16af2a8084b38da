package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.calendar.CalendarChanged;
import io.shixiao.servicelevel.clock.domain.DeadlineCalculator;
import io.shixiao.servicelevel.clock.domain.ServiceClock;
import io.shixiao.servicelevel.clock.domain.TimelineEntry;
import io.shixiao.shared.time.ShanghaiTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a calendar's days change (a holiday schedule published or corrected), moves the deadlines of
 * the running and paused clocks counted on it, batch by batch, each change written to the clock's
 * timeline. Clocks in minutes or hours do not depend on a calendar and are left alone.
 */
@Component
public class DeadlineRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ClockRepository clocks;
    private final DeadlineCalculator calculator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineRecomputation(
            JdbcClient jdbc,
            JdbcTemplate template,
            ClockRepository clocks,
            DeadlineCalculator calculator,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clocks = clocks;
        this.calculator = calculator;
        // Each batch commits on its own, also when called from a listener running after another transaction's commit.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs after the transaction that changed the calendar committed; the persisted event publication
     * is completed only when every batch is done, so a crash in between recomputes again on restart
     * (recomputing is idempotent).
     */
    @ApplicationModuleListener
    void on(CalendarChanged changed) {
        int moved = recompute(
                changed.calendarId(),
                changed.years().isEmpty() ? null : Collections.min(changed.years()),
                changed.years().isEmpty() ? null : Collections.max(changed.years()));
        log.info("Calendar {} changed for {}: {} clock deadlines moved", changed.calendarId(), changed.years(), moved);
    }

    /**
     * Recomputes the clocks on {@code calendarId} whose span from start to deadline touches the years
     * {@code fromYear}–{@code toYear} (all clocks when null); returns how many deadlines moved.
     */
    public int recompute(String calendarId, Integer fromYear, Integer toYear) {
        String why = "calendar " + calendarId + " changed";
        // A clock is touched when its span from start to deadline meets the changed years: it started before
        // the first day after them and is due on or after the first day of them.
        Timestamp firstDayOfChange = fromYear == null
                ? null
                : Timestamp.from(LocalDate.of(fromYear, 1, 1)
                        .atStartOfDay(ShanghaiTime.ZONE)
                        .toInstant());
        Timestamp dayAfterChange = toYear == null
                ? null
                : Timestamp.from(LocalDate.of(toYear + 1, 1, 1)
                        .atStartOfDay(ShanghaiTime.ZONE)
                        .toInstant());
        // PostgreSQL orders uuids as unsigned bytes: the nil uuid comes first.
        UUID after = new UUID(0, 0);
        int moved = 0;
        while (true) {
            UUID from = after;
            List<UUID> ids = jdbc.sql("""
              select id from service_clock
              where calendar_id = :calendar and state in ('RUNNING', 'PAUSED') and period_unit not in ('MINUTES', 'HOURS')
                and not counted_back
                and id > :after
                and (cast(:firstDay as timestamptz) is null or deadline >= :firstDay)
                and (cast(:dayAfter as timestamptz) is null or started_at < :dayAfter)
              order by id limit :batch
              """)
                    .param("calendar", calendarId)
                    .param("after", from)
                    .param("firstDay", firstDayOfChange)
                    .param("dayAfter", dayAfterChange)
                    .param("batch", BATCH)
                    .query(UUID.class)
                    .list();
            if (ids.isEmpty()) {
                return moved;
            }
            moved += transaction.execute(status -> recomputeBatch(ids, why));
            after = ids.get(ids.size() - 1);
        }
    }

    private int recomputeBatch(List<UUID> ids, String why) {
        Instant now = clock.instant();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (ServiceClock c : clocks.lockForUpdate(ids)) {
            if (c.state().isOpen() && c.recompute(now, calculator, why)) {
                Instant next = c.state() == ClockState.RUNNING ? c.nextWarningAt() : null;
                updates.add(
                        new Object[] {ClockRepository.ts(c.deadline()), ClockRepository.ts(next), c.id(), c.version()});
                for (TimelineEntry entry : c.drainTimeline()) {
                    lines.add(
                            new Object[] {c.id(), ClockRepository.ts(entry.at()), entry.kind(), entry.detail(), "system"
                            });
                }
            }
        }
        template.batchUpdate(
                "update service_clock set deadline = ?, next_warning_at = ?, version = version + 1 where id = ? and version = ?",
                updates);
        template.batchUpdate(
                "insert into service_clock_event_log (clock_id, occurred_at, kind, detail, actor) values (?, ?, ?, ?, ?)",
                lines);
        return updates.size();
    }
}
