package io.shixiao.duties.application;

import io.shixiao.duties.domain.DutyStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which occurrences to list; a null field does not filter.
 *
 * @param from periods ending on or after this day
 * @param to periods starting on or before this day
 */
public record OccurrenceFilter(
        @Nullable String dutyCode,
        @Nullable DutyStatus status,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static OccurrenceFilter none() {
        return new OccurrenceFilter(null, null, null, null);
    }
}
