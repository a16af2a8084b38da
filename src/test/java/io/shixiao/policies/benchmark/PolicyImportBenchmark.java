package io.shixiao.policies.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.PolicyFixtures;
import io.shixiao.policies.application.ImportStatus;
import io.shixiao.policies.application.PolicyImports;
import io.shixiao.policies.application.PolicyWorkbook;
import io.shixiao.shared.security.DataScope;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Imports a generated workbook of {@code -Dshixiao.benchmark.import-rows=N} motor policies (every row
 * valid, each with 交强险, 三者险 and 车损险, delivery required) through the same path as an upload, and
 * prints rows per second end to end: reading the .xlsx, checking, COPY into PostgreSQL, and the two
 * milestones per policy reported to the service-level engine. Skipped unless the property is set:
 * {@code ./mvnw test -Dtest=PolicyImportBenchmark -Dshixiao.benchmark.import-rows=10000 -Djacoco.skip}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "shixiao.benchmark.import-rows", matches = "\\d+")
class PolicyImportBenchmark {

    @Autowired
    PolicyImports imports;

    @Autowired
    OrganizationDirectory organization;

    @Test
    void importRowsPerSecond() throws Exception {
        int rows = Integer.parseInt(System.getProperty("shixiao.benchmark.import-rows"));
        OrgUnitView anlan = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        List<List<String>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            data.add(Arrays.asList(
                    "BM" + run + "-" + i,
                    "MOTOR",
                    i % 2 == 0 ? "ANLAN-ZJ-HZ-XH" : "ANLAN-ZJ-SX",
                    "2026-11-01",
                    "2027-10-31",
                    "3200",
                    null,
                    null,
                    "钱七",
                    "11010519491231002X",
                    "13700001111",
                    null,
                    PolicyFixtures.A_VIN,
                    "丰田 GTM7200",
                    null,
                    null,
                    "是",
                    "1000000",
                    null,
                    "120000",
                    "500",
                    null,
                    null,
                    "是"));
        }
        Path file = Files.createTempFile("policy-import-benchmark-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PolicyWorkbook.writeRows(data, out);
        }
        long bytes = Files.size(file);
        DataScope scope = DataScope.subtree(anlan.insurerId(), anlan.id(), anlan.path());
        long started = System.nanoTime();
        UUID id = imports.startWorkbook(file, "benchmark.xlsx", scope, "benchmark");
        ImportStatus status = imports.status(id, scope);
        while (status.running()) {
            Thread.sleep(250);
            status = imports.status(id, scope);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(status.importedRows()).isEqualTo(rows);
        System.out.printf(
                Locale.ROOT,
                "policy import: %d rows (%d KB .xlsx) in %.1f s = %.0f rows/s%n",
                rows,
                bytes / 1024,
                took.toMillis() / 1000.0,
                rows * 1000.0 / Math.max(1, took.toMillis()));
    }
}
