package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.UUID;

/**
 * A clock's stop milestone arrived: in time ({@code onTime}) or late, after a breach.
 *
 * @param elapsedSeconds counted time from start to stop, without paused intervals
 */
public record ServiceDeadlineMet(
        UUID clockId,
        String caseType,
        String caseId,
        String standardCode,
        long insurerId,
        long orgUnitId,
        Instant deadline,
        Instant stoppedAt,
        boolean onTime,
        long elapsedSeconds) {}
