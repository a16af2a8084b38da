package io.shixiao.servicelevel.benchmark;

import io.shixiao.servicelevel.clock.BreachSweep;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark (b): breach detection delay with millions of open clocks (load them first with {@link
 * ClockCreationBenchmark}). Adds {@code due} clocks (default 6,000) whose deadlines fall uniformly
 * over the next {@code window} seconds (default 120, starting 15 s from now), runs the breach sweep
 * as the scheduler does (every second, fixed delay) on {@code nodes} threads (default 1), and reports
 * the delay from each deadline to the commit of the transaction that flagged it: max and p99.
 *
 * <pre>java -cp … io.shixiao.servicelevel.benchmark.BreachDetectionBenchmark 6000 120 1</pre>
 */
public final class BreachDetectionBenchmark {

    private static final long INTERVAL_MS = 1_000;

    private BreachDetectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int due = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (ConfigurableApplicationContext context = BenchmarkDatabase.start()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("delete from service_clock where case_id like 'BENCH-DUE-%'")
                    .update();
            long open = jdbc.sql("select count(*) from service_clock where state = 'RUNNING'")
                    .query(Long.class)
                    .single();
            Instant first = Instant.now().plusSeconds(15);
            jdbc.sql("""
              insert into service_clock (id, case_type, case_id, standard_code, standard_version, binds_step, insurer_id, org_unit_id, org_path,
                started_at, period_amount, period_unit, calendar_id, roll_rest_day, end_at_close, deadline, state,
                escalation_roles)
              select gen_random_uuid(), 'CLAIM', 'BENCH-DUE-' || n, 'ZJ-DISPATCH', date '2010-06-01', 'DISPATCH', 1, 100, '/1/100/',
                cast(:first as timestamptz) - interval '5 minutes', 5, 'MINUTES', '24x7', false, false,
                cast(:first as timestamptz) + (n * :window * 1000.0 / :due) * interval '1 millisecond', 'RUNNING', 'MANAGER'
              from generate_series(0, :due - 1) n
              """)
                    .param("first", Timestamp.from(first))
                    .param("window", window)
                    .param("due", due)
                    .update();
            System.out.printf(
                    "%,d running clocks, %,d of them due over %d s from %s; %d sweeping node(s)%n",
                    open + due, due, window, first, nodes);

            Instant end = first.plusSeconds(window + 5);
            Map<Instant, Instant> committedAt = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < nodes; node++) {
                RecordingClock clock = new RecordingClock();
                BreachSweep sweep = new BreachSweep(
                        jdbc,
                        context.getBean(TransactionTemplate.class),
                        context,
                        context.getBean(StandardCatalog.class),
                        clock,
                        1_000);
                runs.add(pool.submit(() -> {
                    int flagged = 0;
                    while (Instant.now().isBefore(end)) {
                        flagged += sweep.sweep();
                        committedAt.put(clock.last, Instant.now());
                        Thread.sleep(INTERVAL_MS);
                    }
                    return flagged;
                }));
            }
            int flagged = 0;
            for (Future<Integer> run : runs) {
                flagged += run.get(window + 120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            List<Long> delays = new ArrayList<>();
            long[] missed = {0};
            jdbc.sql("select deadline, breach_flagged_at from service_clock where case_id like 'BENCH-DUE-%'")
                    .query(rs -> {
                        Timestamp flaggedAt = rs.getTimestamp("breach_flagged_at");
                        if (flaggedAt == null) {
                            missed[0]++;
                            return;
                        }
                        Instant commit = committedAt.get(flaggedAt.toInstant());
                        delays.add(Duration.between(rs.getTimestamp("deadline").toInstant(), commit)
                                .toMillis());
                    });
            delays.sort(Long::compare);
            long p50 = delays.get(delays.size() / 2);
            long p99 = delays.get((int) Math.ceil(delays.size() * 0.99) - 1);
            long max = delays.get(delays.size() - 1);
            System.out.printf(
                    "flagged %,d (sweep counted %,d), missed %d; delay deadline → commit: p50 %d ms, p99 %d ms, max %d ms%n",
                    delays.size(), flagged, missed[0], p50, p99, max);
            jdbc.sql(
                            "explain (analyze, buffers) select id from service_clock where state = 'RUNNING' and deadline <= now() order by deadline limit 1000")
                    .query(String.class)
                    .list()
                    .forEach(System.out::println);
        }
    }

    /** The system clock, remembering the last instant a sweep asked for. */
    private static final class RecordingClock extends Clock {
        private volatile Instant last = Instant.EPOCH;

        @Override
        public Instant instant() {
            // PostgreSQL keeps microseconds: the instant must come back from the database unchanged.
            last = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return last;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
