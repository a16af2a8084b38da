package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.UUID;

/**
 * What other modules and screens see of a clock.
 *
 * @param state RUNNING, PAUSED, MET, BREACHED or CANCELLED
 * @param warnedPercent the highest warning threshold reached so far, 0 for none
 * @param elapsedSeconds counted time so far (or until the stop), without paused intervals
 * @param extensionsGranted how many extensions were granted so far
 */
public record ClockView(
        UUID id,
        String caseType,
        String caseId,
        String standardCode,
        String state,
        long insurerId,
        long orgUnitId,
        String orgPath,
        Long assigneeId,
        Instant startedAt,
        Instant deadline,
        Instant pausedSince,
        int warnedPercent,
        Instant breachFlaggedAt,
        String breachReason,
        Instant stoppedAt,
        long elapsedSeconds,
        int extensionsGranted,
        int version) {}
