package io.shixiao.policies.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.policies.application.PolicyWorkbook.ImportProblem;
import io.shixiao.policies.application.PolicyWorkbook.ReadRow;
import io.shixiao.policies.domain.Policy;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports policies in bulk, from the API's JSON rows or an uploaded .xlsx, in the background: rows are
 * read as a stream and issued in chunks of {@value #CHUNK}, each chunk in its own short transaction (its
 * policies, covers, milestones and rejected rows commit together), so a large file neither holds a long
 * transaction nor loses what was imported if the server stops. A row with any problem is rejected with
 * every problem named; the others are imported. The import and its totals are audited once.
 */
@Service
public class PolicyImports {

    /** The most rows the JSON API takes in one request; larger sets come as a spreadsheet. */
    public static final int MOST_API_ROWS = 10_000;
    /** The most data rows of one spreadsheet. */
    public static final int MOST_FILE_ROWS = 200_000;

    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(PolicyImports.class);

    private final PolicyService policies;
    private final PolicyRepository repository;
    private final PolicyClocks policyClocks;
    private final CtplLimits ctplLimits;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policy-import");
        t.setDaemon(true);
        return t;
    });

    PolicyImports(
            PolicyService policies,
            PolicyRepository repository,
            PolicyClocks policyClocks,
            CtplLimits ctplLimits,
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock) {
        this.policies = policies;
        this.repository = repository;
        this.policyClocks = policyClocks;
        this.ctplLimits = ctplLimits;
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts importing JSON rows; row numbers in the report count from 1. */
    public UUID startRows(List<PolicyRow> rows, DataScope scope, String actor) {
        if (rows.isEmpty() || rows.size() > MOST_API_ROWS) {
            throw new InvalidInputException("rows", "一次导入 1 至 " + MOST_API_ROWS + " 行；更多请用 Excel 导入");
        }
        Map<String, OrgUnitView> units = requireUnits(scope);
        UUID id = begin(units, "API", null, rows.size(), actor);
        submit(
                id,
                units,
                actor,
                sink -> {
                    for (int i = 0; i < rows.size(); i++) {
                        sink.accept(new ReadRow(i + 1, rows.get(i), List.of()));
                    }
                },
                null);
        return id;
    }

    /**
     * Starts importing an uploaded workbook, checked by content before anything is started: it must be an
     * .xlsx with the template's header and at most {@value #MOST_FILE_ROWS} rows. The file is deleted when done.
     */
    public UUID startWorkbook(Path file, String fileName, DataScope scope, String actor) {
        Map<String, OrgUnitView> units = requireUnits(scope);
        int[] count = {0};
        try {
            requireZip(file);
            PolicyWorkbook.read(file, row -> count[0]++);
            if (count[0] == 0 || count[0] > MOST_FILE_ROWS) {
                throw new InvalidInputException("file", "工作表应有 1 至 " + MOST_FILE_ROWS + " 行数据");
            }
        } catch (InvalidInputException e) {
            deleteQuietly(file);
            throw e;
        }
        UUID id = begin(units, "EXCEL", fileName, count[0], actor);
        submit(id, units, actor, sink -> PolicyWorkbook.read(file, sink), file);
        return id;
    }

    public ImportStatus status(UUID id, DataScope scope) {
        return jdbc.sql("select i.* from policy_import i where i.id = :id and " + scopeOf(scope))
                .param("id", id)
                .params(
                        scope.reach() == DataScope.Reach.ORGANISATION_SUBTREE
                                ? Map.of("scopeInsurerId", scope.insurerId())
                                : Map.of())
                .query((rs, n) -> new ImportStatus(
                        rs.getObject("id", UUID.class),
                        rs.getString("status"),
                        rs.getString("source"),
                        rs.getString("file_name"),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows"),
                        rs.getInt("imported_rows"),
                        rs.getInt("rejected_rows"),
                        PolicyRepository.instant(rs, "started_at"),
                        PolicyRepository.instant(rs, "finished_at")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** The rejected rows of an import, by row. */
    public List<ImportProblem> problems(UUID id, DataScope scope) {
        status(id, scope);
        return jdbc.sql(
                        "select row_no, field, message from policy_import_error where import_id = ? order by row_no, field")
                .param(id)
                .query((rs, n) ->
                        new ImportProblem(rs.getInt("row_no"), rs.getString("field"), rs.getString("message")))
                .list();
    }

    /** An import is the insurer's: anyone of the insurer's staff in scope sees its progress and report. */
    private static String scopeOf(DataScope scope) {
        return switch (scope.reach()) {
            case PLATFORM -> "true";
            case ORGANISATION_SUBTREE -> "i.insurer_id = :scopeInsurerId";
            case ASSOCIATION_AGGREGATES, COUNTY, VILLAGES -> "false";
        };
    }

    private Map<String, OrgUnitView> requireUnits(DataScope scope) {
        Map<String, OrgUnitView> units = policies.issuingUnits(scope);
        if (units.isEmpty()) {
            throw new InvalidInputException("scope", "只有保险公司的机构人员可以导入保单");
        }
        return units;
    }

    private UUID begin(Map<String, OrgUnitView> units, String source, String fileName, int total, String actor) {
        UUID id = UUID.randomUUID();
        long insurerId = units.values().iterator().next().insurerId();
        jdbc.sql("""
                insert into policy_import (id, insurer_id, started_by, source, file_name, status, total_rows, started_at)
                values (?, ?, ?, ?, ?, 'RUNNING', ?, ?)
                """)
                .params(id, insurerId, actor, source, fileName, total, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private void submit(
            UUID id, Map<String, OrgUnitView> units, String actor, Consumer<Consumer<ReadRow>> rows, Path file) {
        worker.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                run(id, units, actor, rows);
            } catch (RuntimeException e) {
                log.warn("Policy import {} failed", id, e);
                jdbc.sql("update policy_import set status = 'FAILED', finished_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), id)
                        .update();
            } finally {
                if (file != null) {
                    deleteQuietly(file);
                }
            }
        }));
    }

    /** Imports synchronously (the benchmark and the worker call this). */
    void run(UUID id, Map<String, OrgUnitView> units, String actor, Consumer<Consumer<ReadRow>> rows) {
        PolicyRowReader reader = new PolicyRowReader(units, ctplLimits, actor);
        Set<String> seen = new HashSet<>();
        List<ReadRow> chunk = new ArrayList<>(CHUNK);
        int[] totals = {0, 0};
        rows.accept(row -> {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                importChunk(id, reader, seen, chunk, totals);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            importChunk(id, reader, seen, chunk, totals);
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update policy_import set status = 'FINISHED', finished_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), id)
                    .update();
            audit.recordWrite("IMPORT", "POLICY_IMPORT", id, "导入保单 " + totals[0] + " 件，拒绝 " + totals[1] + " 行");
        });
    }

    private void importChunk(UUID id, PolicyRowReader reader, Set<String> seen, List<ReadRow> chunk, int[] totals) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            List<Policy> accepted = new ArrayList<>();
            List<Integer> acceptedRows = new ArrayList<>();
            List<Object[]> errors = new ArrayList<>();
            for (ReadRow read : chunk) {
                List<FieldProblem> problems = new ArrayList<>(read.problems());
                Policy policy = null;
                if (problems.isEmpty()) {
                    PolicyRowReader.Result result = reader.read(read.row(), now);
                    problems.addAll(result.problems());
                    policy = result.policy();
                }
                if (policy != null && !seen.add(policy.policyNo())) {
                    problems.add(new FieldProblem("policyNo", "保单号 " + policy.policyNo() + " 在本文件中重复"));
                    policy = null;
                }
                if (policy != null) {
                    accepted.add(policy);
                    acceptedRows.add(read.rowNo());
                } else {
                    errors.addAll(errorRows(id, read.rowNo(), problems));
                }
            }
            if (!accepted.isEmpty()) {
                Set<String> taken = repository.takenNumbers(
                        accepted.get(0).insurerId(),
                        accepted.stream().map(Policy::policyNo).toList());
                List<Policy> fresh = new ArrayList<>();
                for (int i = 0; i < accepted.size(); i++) {
                    Policy p = accepted.get(i);
                    if (taken.contains(p.policyNo())) {
                        errors.addAll(errorRows(
                                id,
                                acceptedRows.get(i),
                                List.of(new FieldProblem("policyNo", "保单号 " + p.policyNo() + " 已存在"))));
                    } else {
                        fresh.add(p);
                    }
                }
                repository.insertAll(fresh);
                fresh.forEach(p -> policyClocks.issued(p, null));
                accepted.retainAll(fresh);
            }
            if (!errors.isEmpty()) {
                template.batchUpdate(
                        "insert into policy_import_error (import_id, row_no, field, message) values (?, ?, ?, ?)",
                        errors);
            }
            int rejected = chunk.size() - accepted.size();
            totals[0] += accepted.size();
            totals[1] += rejected;
            jdbc.sql("""
                    update policy_import set processed_rows = processed_rows + ?, imported_rows = imported_rows + ?,
                      rejected_rows = rejected_rows + ? where id = ?
                    """).params(chunk.size(), accepted.size(), rejected, id).update();
        });
    }

    /** One line per field, the messages of a field joined, each cut to the column's length. */
    private static List<Object[]> errorRows(UUID id, int rowNo, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + "；" + b);
        }
        List<Object[]> rows = new ArrayList<>();
        byField.forEach((field, message) -> rows.add(new Object[] {id, rowNo, cut(field, 60), cut(message, 500)}));
        return rows;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static void requireZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new InvalidInputException("file", "文件不是 Excel 工作簿（.xlsx）");
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "文件无法读取");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
