package io.shixiao.policies.application;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How far an import got: RUNNING while rows are read and issued, FINISHED when every row was either
 * imported or rejected (see the error report), FAILED when the file could not be read at all.
 */
public record ImportStatus(
        UUID id,
        String status,
        String source,
        @Nullable String fileName,
        int totalRows,
        int processedRows,
        int importedRows,
        int rejectedRows,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    /** Percent of rows processed, for the progress bar. */
    public int percent() {
        if ("RUNNING".equals(status)) {
            return totalRows == 0 ? 0 : Math.min(99, processedRows * 100 / totalRows);
        }
        return 100;
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
