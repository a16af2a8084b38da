package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.enrolment.domain.ImportColumn;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a county's household list from the template workbook: accepted at once (202) and run in the
 * background, its progress readable while it runs. Every row is checked as on the page; rows that
 * fail — bad ID checksum, a 户口簿 already in the list (one dwelling per household, R04), an ID number
 * heading another household or village (flagged), formulas, merged cells, dates where a year is wanted,
 * numbers that lost their last digits — are refused with the column and the reason in Chinese and kept
 * to be downloaded as a workbook; every valid row is registered and enrolled, a thousand at a time.
 */
@Service
public class HouseholdImports {

    private static final Logger log = LoggerFactory.getLogger(HouseholdImports.class);

    /** Rows written per transaction. */
    static final int CHUNK = 1000;

    /** How many rejections a report lists inline; all are in the rejected-rows workbook. */
    static final int REPORT_LIMIT = 1000;

    /** Separates a rejected row's cells in its stored (encrypted) form. */
    static final String CELL_SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final HouseholdWriter writer;
    private final Households households;
    private final Schemes schemes;
    private final PiiCipher pii;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "household-import");
        thread.setDaemon(true);
        return thread;
    });

    HouseholdImports(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transaction,
            HouseholdWriter writer,
            Households households,
            Schemes schemes,
            PiiCipher pii,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
        this.writer = writer;
        this.households = households;
        this.schemes = schemes;
        this.pii = pii;
        this.audit = audit;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Accepts a workbook for {@code schemeId}; the content must be an .xlsx (a zip package), whatever its
     * name says. Returns the import's id at once; the rows are read in the background.
     */
    public UUID start(long schemeId, String fileName, InputStream content, ScopedUser user) {
        Scheme scheme = households.workable(schemeId, user);
        Path file;
        try {
            file = Files.createTempFile("household-import-", ".xlsx");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!isZip(file)) {
            deleteQuietly(file);
            throw new InvalidInputException("file", "不是 Excel 工作簿（.xlsx）");
        }
        UUID id = UUID.randomUUID();
        String name = fileName == null || fileName.isBlank()
                ? "households.xlsx"
                : fileName.strip().substring(0, Math.min(fileName.strip().length(), 255));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into rural_import (id, scheme_id, file_name, state, started_by, started_at)
                    values (:id, :scheme, :name, 'RUNNING', :actor, :now)""")
                    .param("id", id)
                    .param("scheme", schemeId)
                    .param("name", name)
                    .param("actor", user.username())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            audit.recordWrite("CREATE", "RuralImport", id, "household import " + name + " for scheme " + schemeId);
        });
        worker.submit(() -> run(id, scheme, file, user.username()));
        return id;
    }

    /** Runs an import to its end in the caller's thread (tests, benchmarks and demo data). */
    public ImportReport runNow(long schemeId, Path file, ScopedUser user) {
        Scheme scheme = households.workable(schemeId, user);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into rural_import (id, scheme_id, file_name, state, started_by, started_at)
                values (:id, :scheme, :name, 'RUNNING', :actor, :now)""")
                .param("id", id)
                .param("scheme", schemeId)
                .param("name", file.getFileName().toString())
                .param("actor", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        run(id, scheme, file, user.username());
        return report(id, user);
    }

    /** The import's state and its refused rows, for a reader who sees its scheme. */
    public ImportReport report(UUID id, ScopedUser user) {
        ImportReport head = jdbc.sql("select * from rural_import where id = :id")
                .param("id", id)
                .query((rs, n) -> new ImportReport(
                        id,
                        rs.getLong("scheme_id"),
                        rs.getString("file_name"),
                        rs.getString("state"),
                        rs.getInt("rows_read"),
                        rs.getInt("imported"),
                        rs.getInt("rejected"),
                        rs.getString("failure"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        List.of()))
                .optional()
                .orElseThrow(() -> new NotFoundException("Import", id));
        try {
            schemes.visible(head.schemeId(), user.dataScope());
        } catch (NotFoundException e) {
            throw new NotFoundException("Import", id);
        }
        List<ImportReport.Rejection> rejections = jdbc.sql(
                        "select row_no, column_name, reason from rural_import_rejection where import_id = :id"
                                + " order by row_no limit " + REPORT_LIMIT)
                .param("id", id)
                .query((rs, n) -> new ImportReport.Rejection(
                        rs.getInt("row_no"), rs.getString("column_name"), rs.getString("reason")))
                .list();
        return new ImportReport(
                head.id(),
                head.schemeId(),
                head.fileName(),
                head.state(),
                head.rowsRead(),
                head.imported(),
                head.rejected(),
                head.failure(),
                head.startedAt(),
                head.finishedAt(),
                rejections);
    }

    /** The refused rows with their cells as read (decrypted for the staff who sent them), row order. */
    public List<RejectedRow> rejectedRows(UUID id, ScopedUser user) {
        ImportReport head = report(id, user);
        households.workable(head.schemeId(), user);
        List<RejectedRow> rows = jdbc.sql(
                        "select row_no, column_name, reason, cells from rural_import_rejection where import_id = :id order by row_no")
                .param("id", id)
                .query((rs, n) -> new RejectedRow(
                        rs.getInt("row_no"),
                        rs.getString("column_name"),
                        rs.getString("reason"),
                        List.of(pii.decrypt(rs.getString("cells")).split(CELL_SEPARATOR, -1))))
                .list();
        audit.recordPiiView("RuralImport", id, "rejected rows (" + rows.size() + ")");
        return rows;
    }

    /** A refused row as it was read: its number, the column at fault, why, and its cells in template order. */
    public record RejectedRow(int row, String column, String reason, List<String> cells) {}

    private void run(UUID id, Scheme scheme, Path file, String actor) {
        try {
            new Run(id, scheme, actor).over(file);
        } catch (RuntimeException e) {
            log.warn("Household import {} failed", id, e);
            finish(id, "FAILED", "导入中断：" + e.getClass().getSimpleName());
        } finally {
            deleteQuietly(file);
        }
    }

    private void finish(UUID id, String state, String failure) {
        jdbc.sql("update rural_import set state = :state, failure = :failure, finished_at = :now where id = :id")
                .param("state", state)
                .param("failure", failure)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    /** One import's pass over its file. */
    private final class Run {
        private final UUID id;
        private final Scheme scheme;
        private final String actor;
        private final Set<String> villages;
        private final Map<String, Integer> registersSeen = new HashMap<>();
        private final Map<String, String> idsSeen = new HashMap<>();
        private final Set<String> conflictHashes = new HashSet<>();
        private final List<HouseholdRow> valid = new ArrayList<>();
        private final List<Object[]> rejected = new ArrayList<>();
        private Map<ImportColumn, Integer> columns;
        private String headerProblem;
        private int read;
        private int imported;
        private int rejectedCount;

        Run(UUID id, Scheme scheme, String actor) {
            this.id = id;
            this.scheme = scheme;
            this.actor = actor;
            this.villages = schemes.villageCodes(scheme);
            jdbc.sql("select register_no from rural_household where scheme_id = :s")
                    .param("s", scheme.id())
                    .query(String.class)
                    .list()
                    .forEach(r -> registersSeen.put(r, 0));
            jdbc.sql("select head_id_hash, village_code from rural_household where scheme_id = :s")
                    .param("s", scheme.id())
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .forEach(e -> idsSeen.put(e.getKey(), "0:" + e.getValue()));
        }

        void over(Path file) {
            try {
                WorkbookRows.read(file, this::accept);
            } catch (IOException e) {
                finish(id, "FAILED", "文件无法读取：不是有效的 Excel 工作簿（.xlsx）");
                return;
            } catch (HeaderRefused e) {
                finish(id, "FAILED", headerProblem);
                return;
            }
            if (columns == null) {
                finish(id, "FAILED", "工作簿没有表头行");
                return;
            }
            flush();
            if (!conflictHashes.isEmpty()) {
                transaction.executeWithoutResult(
                        s -> conflictHashes.forEach(h -> households.flagConflict(scheme.id(), h)));
            }
            finish(id, "DONE", null);
            audit.recordWrite(
                    "UPDATE",
                    "RuralImport",
                    id,
                    "read " + read + ", imported " + imported + ", rejected " + rejectedCount);
        }

        private void accept(WorkbookRows.Row row) {
            if (columns == null) {
                header(row);
                return;
            }
            read++;
            check(row);
            if (valid.size() >= CHUNK || rejected.size() >= CHUNK) {
                flush();
            }
        }

        private void header(WorkbookRows.Row row) {
            Map<ImportColumn, Integer> found = new EnumMap<>(ImportColumn.class);
            for (int c = 0; c < row.cells().size(); c++) {
                WorkbookRows.Cell cell = row.cell(c);
                ImportColumn column = cell == null ? null : ImportColumn.byHeader(cell.text());
                if (column != null) {
                    found.putIfAbsent(column, c);
                }
            }
            List<String> missing = new ArrayList<>();
            for (ImportColumn column : ImportColumn.values()) {
                if (column.required() && !found.containsKey(column)) {
                    missing.add(column.header());
                }
            }
            if (!missing.isEmpty()) {
                headerProblem = "第" + row.number() + "行表头缺少必填列：" + String.join("、", missing) + "（请使用下载的模板）";
                throw new HeaderRefused();
            }
            columns = found;
        }

        private void check(WorkbookRows.Row row) {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            for (Map.Entry<ImportColumn, Integer> column : columns.entrySet()) {
                WorkbookRows.Cell cell = row.cell(column.getValue());
                if (row.mergedColumns().contains(column.getValue())) {
                    reject(row, column.getKey(), "合并单元格：每户一行，请取消合并并逐行填写");
                    return;
                }
                if (cell == null) {
                    continue;
                }
                String problem = kindProblem(column.getKey(), cell);
                if (problem != null) {
                    reject(row, column.getKey(), problem);
                    return;
                }
                cells.put(column.getKey(), cell.text());
            }
            HouseholdRow.Checked checked = HouseholdRow.check(cells, villages, scheme.year());
            if (!checked.valid()) {
                reject(row, checked.problem().column(), checked.problem().reason());
                return;
            }
            HouseholdRow household = checked.row();
            Integer sameRegister = registersSeen.get(household.registerNo());
            if (sameRegister != null) {
                reject(
                        row,
                        ImportColumn.REGISTER_NO,
                        sameRegister == 0 ? "该户口簿已登记（一户只保一座房屋）" : "户口簿编号与第" + sameRegister + "行重复（一户只保一座房屋）");
                return;
            }
            String hash = writer.idHash(household.headId());
            String sameId = idsSeen.get(hash);
            if (sameId != null) {
                String[] where = sameId.split(":", 2);
                String village = schemes.divisionName(where[1]);
                conflictHashes.add(hash);
                reject(
                        row,
                        ImportColumn.HEAD_ID,
                        ("0".equals(where[0])
                                        ? "该身份证号已是" + village + "已登记户的户主"
                                        : "身份证号与第" + where[0] + "行（" + village + "）重复")
                                + (where[1].equals(household.villageCode()) ? "（同村两户）" : "（跨村）")
                                + "，已标记待核查");
                return;
            }
            registersSeen.put(household.registerNo(), row.number());
            idsSeen.put(hash, row.number() + ":" + household.villageCode());
            valid.add(household);
        }

        private String kindProblem(ImportColumn column, WorkbookRows.Cell cell) {
            return switch (cell.kind()) {
                case FORMULA -> column.header() + "为公式，请复制后“粘贴为数值”";
                case ERROR -> column.header() + "单元格有错误值";
                case DATE ->
                    column == ImportColumn.YEAR_BUILT ? "建造年份为日期格式，应填四位年份（如1998）" : column.header() + "为日期格式，应为文本";
                case NUMBER ->
                    (column == ImportColumn.HEAD_ID || column == ImportColumn.BANK_ACCOUNT)
                                    && cell.text().length() > 15
                            ? column.header() + "以数字格式保存，超过15位的末位已丢失，请将该列设为文本后重新填写"
                            : null;
                default -> null;
            };
        }

        private void reject(WorkbookRows.Row row, ImportColumn column, String reason) {
            List<String> cells = new ArrayList<>();
            for (ImportColumn c : ImportColumn.values()) {
                Integer index = columns.get(c);
                WorkbookRows.Cell cell = index == null ? null : row.cell(index);
                cells.add(cell == null ? "" : cell.text().replace(CELL_SEPARATOR, " "));
            }
            rejected.add(new Object[] {
                id, row.number(), column.header(), reason, pii.encrypt(String.join(CELL_SEPARATOR, cells))
            });
        }

        private void flush() {
            List<HouseholdRow> rows = List.copyOf(valid);
            List<Object[]> refusals = List.copyOf(rejected);
            valid.clear();
            rejected.clear();
            transaction.executeWithoutResult(status -> {
                writer.register(scheme, rows, List.of(), actor, clock.instant());
                if (!refusals.isEmpty()) {
                    template.batchUpdate(
                            "insert into rural_import_rejection (import_id, row_no, column_name, reason, cells) values (?, ?, ?, ?, ?)",
                            refusals);
                }
                imported += rows.size();
                rejectedCount += refusals.size();
                jdbc.sql(
                                "update rural_import set rows_read = :read, imported = :imported, rejected = :rejected where id = :id")
                        .param("read", read)
                        .param("imported", imported)
                        .param("rejected", rejectedCount)
                        .param("id", id)
                        .update();
            });
        }
    }

    /** Stops reading a workbook whose header misses required columns. */
    private static final class HeaderRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HeaderRefused() {
            super(null, null, false, false);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Temporary import file {} not deleted", file, e);
        }
    }
}
