package io.shixiao.servicelevel.benchmark;

import io.shixiao.servicelevel.calendar.Deadline;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import io.shixiao.servicelevel.calendar.StatutoryScheduleCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline computations per second (DESIGN §5: ≥ 5 million per core). Starts cycle through 1,024
 * random instants of 2020–2026 so that the results are not constant-folded.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main
 * DeadlineBenchmark -t 1 -f 1 -wi 3 -w 2s -i 5 -r 2s}, or this class's {@code main}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PeriodRules CIVIL_CODE = PeriodRules.civilCode();

    private ServiceCalendar cn;
    private ServiceCalendar cnOffice;
    private final ZonedDateTime[] starts = new ZonedDateTime[1024];
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        try (InputStream in =
                DeadlineBenchmark.class.getResourceAsStream("/calendars/cn/cn-statutory-calendar-2020-2026.csv")) {
            StatutorySchedule schedule = StatutorySchedule.of(
                    StatutoryScheduleCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            cn = StandardCalendars.cn(schedule);
            cnOffice = StandardCalendars.cnOffice(schedule);
        }
        Random random = new Random(42);
        LocalDateTime first = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plusMinutes(random.nextInt(6 * 365 * 24 * 60)).atZone(SHANGHAI);
        }
    }

    private ZonedDateTime nextStart() {
        next = (next + 1) & (starts.length - 1);
        return starts[next];
    }

    @Benchmark
    public Deadline tenWorkingDaysOnCn() {
        return PeriodArithmetic.deadline(cn, nextStart(), 10, PeriodUnit.WORKING_DAYS, CIVIL_CODE);
    }

    @Benchmark
    public Deadline thirtyCalendarDaysOnCn() {
        return PeriodArithmetic.deadline(cn, nextStart(), 30, PeriodUnit.CALENDAR_DAYS, CIVIL_CODE);
    }

    @Benchmark
    public Deadline twentyFourHoursOnCn() {
        return PeriodArithmetic.deadline(cn, nextStart(), 24, PeriodUnit.HOURS, CIVIL_CODE);
    }

    @Benchmark
    public Deadline eightServiceHoursOnCnOffice() {
        return PeriodArithmetic.deadline(cnOffice, nextStart(), 8, PeriodUnit.SERVICE_HOURS, CIVIL_CODE);
    }

    @Benchmark
    public Deadline threeWorkingDaysToCloseOfBusinessOnCnOffice() {
        return PeriodArithmetic.deadline(
                cnOffice, nextStart(), 3, PeriodUnit.WORKING_DAYS, new PeriodRules(true, true));
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(
                args.length > 0
                        ? args
                        : new String[] {
                            DeadlineBenchmark.class.getSimpleName(),
                            "-t",
                            "1",
                            "-f",
                            "1",
                            "-wi",
                            "3",
                            "-w",
                            "2s",
                            "-i",
                            "5",
                            "-r",
                            "2s"
                        });
    }
}
