package io.shixiao.enrolment.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a household import stands and what it refused.
 *
 * @param state RUNNING, DONE or FAILED (the file as a whole was unusable: not a workbook, columns missing)
 * @param rowsRead data rows read so far (the header not counted)
 * @param failure why the file as a whole was refused, in Chinese
 * @param rejections the refused rows with the column at fault and the reason, first rows first
 */
public record ImportReport(
        UUID id,
        long schemeId,
        String fileName,
        String state,
        int rowsRead,
        int imported,
        int rejected,
        @Nullable String failure,
        Instant startedAt,
        @Nullable Instant finishedAt,
        List<Rejection> rejections) {

    /** One refused row. */
    public record Rejection(int row, String column, String reason) {}
}
