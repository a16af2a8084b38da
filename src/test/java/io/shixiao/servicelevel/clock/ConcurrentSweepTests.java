package io.shixiao.servicelevel.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two sweepers, as on two application nodes, each with its own transactions, sweep one database
 * through an hour of simulated deadlines: 3,600 clocks due one per simulated second, the clock moved
 * on by ten simulated seconds per round. Every clock must be flagged exactly once and none missed.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class ConcurrentSweepTests {

    private static final int CLOCKS = 3_600;
    private static final Instant HOUR_START = Instant.parse("2021-06-01T00:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    StandardCatalog catalog;

    @Test
    void twoSweepersFlagEveryDueClockExactlyOnceAndMissNone() throws Exception {
        jdbc.sql("""
            insert into service_clock (id, case_type, case_id, standard_code, standard_version, binds_step, insurer_id, org_unit_id, org_path, started_at,
              period_amount, period_unit, calendar_id, roll_rest_day, end_at_close, deadline, state, escalation_roles)
            select gen_random_uuid(), 'CLAIM', 'SWEEP-TEST-' || n, 'ZJ-DISPATCH', date '2010-06-01', 'DISPATCH', 1, 9, '/1/9/',
              cast(:start as timestamptz) - interval '5 minutes', 5, 'MINUTES', '24x7', false, false,
              cast(:start as timestamptz) + n * interval '1 second', 'RUNNING', 'MANAGER'
            from generate_series(1, :clocks) n
            """)
                .param("start", ClockRepository.ts(HOUR_START))
                .param("clocks", CLOCKS)
                .update();

        MutableClock simulated = new MutableClock(HOUR_START);
        int rounds = CLOCKS / 10 + 2;
        CyclicBarrier roundEnd = new CyclicBarrier(2, () -> simulated.advance(Duration.ofSeconds(10)));
        Queue<ServiceDeadlineBreached> published = new ConcurrentLinkedQueue<>();
        List<AtomicInteger> flaggedBy = List.of(new AtomicInteger(), new AtomicInteger());
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            // A small batch makes the two nodes compete for the same due clocks within every round.
            BreachSweep sweeper = new BreachSweep(
                    jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    event -> published.add((ServiceDeadlineBreached) event),
                    catalog,
                    simulated,
                    3);
            AtomicInteger count = flaggedBy.get(node);
            running.add(nodes.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                    count.addAndGet(sweeper.sweep());
                    roundEnd.await(30, TimeUnit.SECONDS);
                }
                return null;
            }));
        }
        for (Future<?> node : running) {
            node.get(120, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        assertThat(flaggedBy.get(0).get() + flaggedBy.get(1).get()).isEqualTo(CLOCKS);
        assertThat(flaggedBy)
                .allSatisfy(node ->
                        assertThat(node.get()).as("both nodes took part").isPositive());
        assertThat(published).hasSize(CLOCKS);
        assertThat(new HashSet<>(
                        published.stream().map(e -> e.clock().clockId()).toList()))
                .hasSize(CLOCKS);
        assertThat(count("select count(*) from service_clock where case_id like 'SWEEP-TEST-%' and state = 'BREACHED'"))
                .isEqualTo(CLOCKS);
        assertThat(count("""
        select count(*) from service_clock_escalation e join service_clock c on c.id = e.clock_id
        where c.case_id like 'SWEEP-TEST-%'""")).isEqualTo(CLOCKS);
        assertThat(count("""
        select count(*) from service_clock_event_log l join service_clock c on c.id = l.clock_id
        where c.case_id like 'SWEEP-TEST-%' and l.kind = 'BREACHED'""")).isEqualTo(CLOCKS);
        // Each clock is flagged in the first round at or after its deadline: never early, at most one round late.
        assertThat(count("""
        select count(*) from service_clock where case_id like 'SWEEP-TEST-%'
        and (breach_flagged_at < deadline or breach_flagged_at - deadline >= interval '10 seconds')""")).isZero();
        assertThat(published.stream().map(e -> e.clock().clockId()).map(UUID::toString))
                .doesNotContainNull();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
