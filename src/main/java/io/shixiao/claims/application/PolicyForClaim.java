package io.shixiao.claims.application;

import io.shixiao.claims.domain.Cover;
import io.shixiao.servicelevel.ProductLine;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A policy as a claim is reported and adjusted against it.
 *
 * @param policyNo 保单号
 * @param insurerId the insurer
 * @param issuingUnitId the unit that answers for the policy and so for its claims
 * @param productLine motor, property or rural housing
 * @param periodStart cover begins
 * @param periodEnd cover ends, exclusive
 * @param terminatedAt a surrender's effective instant, or null
 * @param insuredNameMasked the insured as shown on screen
 * @param plate the plate, for motor
 * @param covers the covers, 交强险 first
 */
public record PolicyForClaim(
        String policyNo,
        long insurerId,
        long issuingUnitId,
        ProductLine productLine,
        Instant periodStart,
        Instant periodEnd,
        @Nullable Instant terminatedAt,
        String insuredNameMasked,
        @Nullable String plate,
        List<Cover> covers) {

    /** Whether a loss at {@code instant} is inside the period and before any surrender. */
    public boolean covers(Instant instant) {
        Instant end = terminatedAt != null && terminatedAt.isBefore(periodEnd) ? terminatedAt : periodEnd;
        return !instant.isBefore(periodStart) && instant.isBefore(end);
    }
}
