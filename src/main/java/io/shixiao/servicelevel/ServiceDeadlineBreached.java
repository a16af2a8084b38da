package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.UUID;

/**
 * A clock's deadline passed before its stop milestone; published once per clock, by the breach
 * sweep (or by a stop milestone that arrives late before the sweep saw the clock).
 */
public record ServiceDeadlineBreached(
        UUID clockId,
        String caseType,
        String caseId,
        String standardCode,
        long insurerId,
        long orgUnitId,
        Instant deadline,
        Instant detectedAt) {}
