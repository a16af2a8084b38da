package io.shixiao.servicelevel.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.shixiao.ShixiaoApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two whole application instances on one database, each running its own scheduled breach sweep on a
 * clock that runs 120 times faster than real time, go through an hour of simulated deadlines (3,600
 * clocks, one due per simulated second): every breach is flagged exactly once and none is missed.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
class TwoNodeSweepTests {

    private static final int CLOCKS = 3_600;
    private static final long SPEED = 120;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoApplicationInstancesFlagEveryBreachOfAnHourExactlyOnce() throws Exception {
        Instant simulatedStart = Instant.parse("2022-01-01T00:00:00Z");
        jdbc.sql("""
            insert into service_clock (id, case_type, case_id, standard_code, standard_version, binds_step, insurer_id, org_unit_id, org_path, started_at,
              period_amount, period_unit, calendar_id, roll_rest_day, end_at_close, deadline, state, escalation_roles)
            select gen_random_uuid(), 'CLAIM', 'TWO-NODES-' || n, 'ZJ-DISPATCH', date '2010-06-01', 'DISPATCH', 1, 9, '/1/9/',
              cast(:start as timestamptz) - interval '5 minutes', 5, 'MINUTES', '24x7', false, false,
              cast(:start as timestamptz) + n * interval '1 second', 'RUNNING', 'MANAGER'
            from generate_series(1, :clocks) n
            """)
                .param("start", java.sql.Timestamp.from(simulatedStart))
                .param("clocks", CLOCKS)
                .update();

        FastClock.start(simulatedStart);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            for (int node = 1; node <= 2; node++) {
                nodes.add(startNode());
            }
            Duration simulatedHour = Duration.ofSeconds(CLOCKS + 20);
            long deadlineMillis = System.nanoTime() / 1_000_000 + simulatedHour.toMillis() / SPEED + 60_000;
            while (flagged() < CLOCKS && System.nanoTime() / 1_000_000 < deadlineMillis) {
                Thread.sleep(500);
            }
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }

        assertThat(flagged()).as("every clock flagged").isEqualTo(CLOCKS);
        assertThat(count("""
        select count(*) from service_clock_escalation e join service_clock c on c.id = e.clock_id
        where c.case_id like 'TWO-NODES-%'""")).as("one escalation per breach").isEqualTo(CLOCKS);
        assertThat(count("""
        select count(*) from service_clock_event_log l join service_clock c on c.id = l.clock_id
        where c.case_id like 'TWO-NODES-%' and l.kind = 'BREACHED'""")).as("one timeline entry per breach").isEqualTo(CLOCKS);
        assertThat(
                        count(
                                "select count(*) from service_clock where case_id like 'TWO-NODES-%' and breach_flagged_at < deadline"))
                .as("none flagged early")
                .isZero();
    }

    private ConfigurableApplicationContext startNode() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(ShixiaoApplication.class, FastClock.class)
                .run(
                        "--server.port=0",
                        "--shixiao.db.url=" + pool.getJdbcUrl(),
                        "--shixiao.db.username=" + pool.getUsername(),
                        "--shixiao.db.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                        "--shixiao.db.pool.maximum-size=4",
                        "--shixiao.demo-data=false",
                        "--shixiao.service-levels.sweep.enabled=true",
                        "--shixiao.service-levels.sweep.interval-ms=200",
                        "--shixiao.service-levels.sweep.batch=7",
                        "--spring.main.allow-bean-definition-overriding=true");
    }

    private long flagged() {
        return count("select count(*) from service_clock where case_id like 'TWO-NODES-%' and state = 'BREACHED'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * The nodes' clock: simulated time from a given instant, running {@link #SPEED} times faster. A
     * plain source class (no {@code @Configuration}), so neither this test's context nor component
     * scanning picks it up; only the two nodes are given it.
     */
    static class FastClock {

        private static volatile Instant simulatedStart;
        private static volatile long realStartNanos;

        static void start(Instant at) {
            simulatedStart = at;
            realStartNanos = System.nanoTime();
        }

        @Bean
        @Primary
        Clock fastClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("Asia/Shanghai");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return simulatedStart.plusNanos((System.nanoTime() - realStartNanos) * SPEED);
                }
            };
        }
    }
}
