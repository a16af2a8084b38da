package io.shixiao.enrolment.benchmark;

import io.shixiao.ShixiaoApplication;
import io.shixiao.enrolment.application.HouseholdImports;
import io.shixiao.enrolment.application.ImportReport;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark: the household import of 100,000 rows (DESIGN §5: ≤ 60 s, with progress). Starts the
 * application on a throw-away embedded database with the demo organisation and the demo scheme (no
 * generated households), writes a workbook of {@code rows} households over the county's 310 villages —
 * one row in a hundred hostile (bad checksum, a 户口簿 repeated, a date typed in the year) — and times
 * {@link HouseholdImports} from the file to the last committed chunk.
 *
 * <pre>./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.shixiao.enrolment.benchmark.HouseholdImportBenchmark 100000</pre>
 */
public final class HouseholdImportBenchmark {

    private static final String[] SURNAMES = {"李", "王", "张", "祁", "马", "韩", "鲁", "吕", "赵", "星", "董", "汪", "麻", "胡", "索"
    };
    private static final String[] GIVEN = {"正德", "发财", "玉兰", "生福", "秀英", "海明", "青梅", "永寿", "存花", "国祥", "有福", "桂英"};

    private HouseholdImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SpringApplication application = new SpringApplication(ShixiaoApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        try (ConfigurableApplicationContext context = application.run(
                "--shixiao.db.embedded.ephemeral=true",
                "--server.port=0",
                "--shixiao.service-levels.sweep.enabled=false",
                "--shixiao.enrolment.demo.households-per-village=0",
                "--logging.level.root=warn")) {
            Schemes schemes = context.getBean(Schemes.class);
            Clock clock = context.getBean(Clock.class);
            Scheme scheme =
                    schemes.find("630223", LocalDate.now(clock).getYear()).orElseThrow();
            List<String> villages =
                    schemes.villageCodes(scheme).stream().sorted().toList();
            Path file = Files.createTempFile("households-", ".xlsx");
            long written = System.nanoTime();
            write(file, rows, villages);
            System.out.printf(
                    "Workbook of %,d rows written in %.1f s (%,d bytes)%n",
                    rows, (System.nanoTime() - written) / 1e9, Files.size(file));
            Instant start = clock.instant();
            long t0 = System.nanoTime();
            ImportReport report = context.getBean(HouseholdImports.class).runNow(scheme.id(), file, system());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "Imported %,d, rejected %,d of %,d rows read in %.1f s (%,.0f rows/s), state %s, started %s%n",
                    report.imported(),
                    report.rejected(),
                    report.rowsRead(),
                    seconds,
                    report.rowsRead() / seconds,
                    report.state(),
                    start);
            System.out.println("First rejections: "
                    + report.rejections()
                            .subList(0, Math.min(3, report.rejections().size())));
            Files.deleteIfExists(file);
        }
    }

    static void write(Path file, int rows, List<String> villages) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("农户清单");
            String[] headers = {
                "户主姓名", "身份证号", "户口簿编号", "家庭人口", "村代码", "详细地址", "房屋结构", "建造年份", "建筑面积(㎡)", "户类别", "自愿补缴", "银行账号", "联系电话"
            };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int n = 1; n <= rows; n++) {
                Row row = sheet.createRow(n);
                String birth = String.format("%04d%02d%02d", 1930 + (n / 336) % 70, 1 + (n / 28) % 12, 1 + n % 28);
                String body = "630223" + birth + String.format("%03d", (n / 23520) % 1000);
                String id = body + ResidentIdNumber.checkCharacter(body);
                if (n % 100 == 7) {
                    id = body + (ResidentIdNumber.checkCharacter(body) == '0' ? '1' : '0');
                }
                String register = n % 100 == 42 ? "B" + String.format("%09d", n - 1) : "B" + String.format("%09d", n);
                String[] cells = {
                    SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length],
                    id,
                    register,
                    String.valueOf(1 + n % 6),
                    villages.get(n % villages.size()),
                    "互助县某村" + n + "号",
                    n % 3 == 0 ? "砖木" : "砖混",
                    n % 100 == 77 ? "2001年5月" : String.valueOf(1960 + n % 60),
                    String.valueOf(60 + n % 90) + ".5",
                    n % 10 == 0 ? "脱贫户" : "一般农户",
                    "否",
                    "62170" + String.format("%014d", n),
                    "139" + String.format("%08d", n)
                };
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            book.write(out);
        }
    }

    private static ScopedUser system() {
        return new ScopedUser() {
            @Override
            public long accountId() {
                return 0;
            }

            @Override
            public String username() {
                return "benchmark";
            }

            @Override
            public String displayName() {
                return "benchmark";
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.ADMIN);
            }

            @Override
            public DataScope dataScope() {
                return DataScope.platform();
            }
        };
    }
}
