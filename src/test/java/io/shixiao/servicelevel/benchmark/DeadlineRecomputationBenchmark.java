package io.shixiao.servicelevel.benchmark;

import io.shixiao.servicelevel.clock.DeadlineRecomputation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark (c): recomputation after a change of the CN calendar, over every running clock on CN
 * (one in ten of those loaded by {@link ClockCreationBenchmark}, whose deadlines are random, so that
 * nearly every deadline moves and is written back with its timeline line). With an argument N, only
 * N clocks are left on CN first (the others move to calendar {@code CN-BENCH-PARKED}).
 *
 * <pre>java -cp … io.shixiao.servicelevel.benchmark.DeadlineRecomputationBenchmark [N]</pre>
 */
public final class DeadlineRecomputationBenchmark {

    private DeadlineRecomputationBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkDatabase.start()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (args.length > 0) {
                jdbc.sql("""
                update service_clock set calendar_id = 'CN-BENCH-PARKED' where id in (
                  select id from service_clock where calendar_id = 'CN' and state in ('RUNNING', 'PAUSED')
                  order by id offset :keep)
                """).param("keep", Long.parseLong(args[0])).update();
            }
            long clocks = jdbc.sql(
                            "select count(*) from service_clock where calendar_id = 'CN' and state in ('RUNNING', 'PAUSED')")
                    .query(Long.class)
                    .single();
            DeadlineRecomputation recomputation = context.getBean(DeadlineRecomputation.class);
            long began = System.nanoTime();
            int moved = recomputation.recompute("CN", null, null);
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(
                    "Recomputed %,d running clocks on CN in %.1f s (%,.0f clocks/s); %,d deadlines moved%n",
                    clocks, seconds, clocks / seconds, moved);
            began = System.nanoTime();
            moved = recomputation.recompute("CN", null, null);
            seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf(
                    "Second pass, nothing to move: %.1f s (%,.0f clocks/s); %,d deadlines moved%n",
                    seconds, clocks / seconds, moved);
        }
    }
}
