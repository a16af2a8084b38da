package io.shixiao.duties.application;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.domain.DutyStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An occurrence as pages and the API show it.
 *
 * @param dueDay the last day on which it is in time
 * @param dueProvisional whether the due day was counted over a year whose holidays are not yet published
 */
public record OccurrenceView(
        long id,
        String dutyCode,
        DutyOwnerType ownerType,
        long ownerId,
        String ownerName,
        @Nullable Long insurerId,
        @Nullable String orgPath,
        @Nullable String countyCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDay,
        Instant dueAt,
        boolean dueProvisional,
        boolean optional,
        DutyStatus status,
        @Nullable Instant overdueAt,
        @Nullable LocalDate performedOn,
        @Nullable String evidence,
        @Nullable String note,
        @Nullable String completedBy,
        @Nullable Instant completedAt,
        int version) {}
