package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.UUID;

/**
 * A running clock used {@code elapsedPercent} of its time; published once per warning threshold.
 *
 * @param assigneeId the staff member handling the step, or null
 */
public record ServiceDeadlineApproaching(
        UUID clockId,
        String caseType,
        String caseId,
        String standardCode,
        long insurerId,
        long orgUnitId,
        Long assigneeId,
        int elapsedPercent,
        Instant deadline,
        Instant detectedAt) {}
