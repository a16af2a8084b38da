package io.shixiao.servicelevel.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (a): loads N open clocks (default 10,000,000) into {@code service_clock} with COPY, all
 * indexes in place, and reports rows per second. Nine in ten clocks count minutes or hours on the
 * 24x7 calendar, one in ten working days on CN (the population of benchmark (c)); deadlines spread
 * over the next 30 days so that none falls due during the load.
 *
 * <pre>./mvnw -o -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   io.shixiao.servicelevel.benchmark.ClockCreationBenchmark 10000000</pre>
 */
public final class ClockCreationBenchmark {

    private static final String COPY = """
      copy service_clock (id, case_type, case_id, standard_code, standard_version, binds_step, insurer_id, org_unit_id, org_path, assignee_id,
        started_at, period_amount, period_unit, calendar_id, roll_rest_day, end_at_close, deadline, state,
        warning_percents, warned_percent, next_warning_at, escalation_roles, version) from stdin
      """;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSXXX");
    private static final int CHUNK = 10_000;

    private ClockCreationBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        try (ConfigurableApplicationContext context = BenchmarkDatabase.start()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("truncate service_clock cascade").update();
            DataSource dataSource = context.getBean(DataSource.class);
            Instant now = Instant.now();
            SplittableRandom random = new SplittableRandom(42);
            long began = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
                StringBuilder chunk = new StringBuilder(CHUNK * 300);
                for (long n = 0; n < rows; n++) {
                    appendRow(chunk, n, now, random);
                    if ((n + 1) % CHUNK == 0 || n + 1 == rows) {
                        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        chunk.setLength(0);
                    }
                    if ((n + 1) % 1_000_000 == 0) {
                        System.out.printf("%,d rows after %.1f s%n", n + 1, (System.nanoTime() - began) / 1e9);
                    }
                }
                long copied = copy.endCopy();
                connection.commit();
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf("Loaded %,d clocks in %.1f s: %,.0f rows/s%n", copied, seconds, copied / seconds);
            }
            long analyzeStart = System.nanoTime();
            jdbc.sql("analyze service_clock").update();
            System.out.printf(
                    "analyze %.1f s; table %s, indexes %s%n",
                    (System.nanoTime() - analyzeStart) / 1e9,
                    jdbc.sql("select pg_size_pretty(pg_table_size('service_clock'))")
                            .query(String.class)
                            .single(),
                    jdbc.sql("select pg_size_pretty(pg_indexes_size('service_clock'))")
                            .query(String.class)
                            .single());
        }
    }

    private static void appendRow(StringBuilder out, long n, Instant now, SplittableRandom random) {
        boolean workingDays = n % 10 == 9;
        long insurer = 1 + n % 5;
        long unit = 100 + n % 50;
        Instant started = now.minusSeconds(random.nextLong(3_600));
        Instant deadline = now.plusSeconds(3_600 + random.nextLong(30L * 86_400));
        UUID id = new UUID(
                random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
        out.append(id)
                .append('\t')
                .append("CLAIM")
                .append('\t')
                .append("B-")
                .append(n)
                .append('\t')
                .append(workingDays ? "ZJ-AGREE" : "ZJ-DISPATCH")
                .append('\t')
                .append("2010-06-01")
                .append('\t')
                .append(workingDays ? "SETTLEMENT_AGREEMENT" : "DISPATCH")
                .append('\t')
                .append(insurer)
                .append('\t')
                .append(unit)
                .append('\t')
                .append('/')
                .append(insurer)
                .append('/')
                .append(unit)
                .append('/')
                .append('\t')
                .append("\\N")
                .append('\t')
                .append(ts(started))
                .append('\t')
                .append(workingDays ? 10 : 30)
                .append('\t')
                .append(workingDays ? "WORKING_DAYS" : "MINUTES")
                .append('\t')
                .append(workingDays ? "CN" : "24x7")
                .append('\t')
                .append(workingDays ? 't' : 'f')
                .append('\t')
                .append('f')
                .append('\t')
                .append(ts(deadline))
                .append('\t')
                .append("RUNNING")
                .append('\t')
                .append("50,80")
                .append('\t')
                .append(0)
                .append('\t')
                .append(ts(started.plusMillis((deadline.toEpochMilli() - started.toEpochMilli()) / 2)))
                .append('\t')
                .append("MANAGER")
                .append('\t')
                .append(0)
                .append('\n');
    }

    private static String ts(Instant instant) {
        return TS.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
