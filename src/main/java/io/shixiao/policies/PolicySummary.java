package io.shixiao.policies;

import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.PlateNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A policy as a claim needs it. Personal data appears masked only; the unmasked values stay inside
 * this module and are shown through its audited reveal.
 *
 * @param id the policy's id
 * @param policyNo 保单号, unique within the insurer and usable as a service-level case id
 * @param insurerId the insurer
 * @param issuingUnitId the organisation unit that issued the policy and answers for it
 * @param productLine motor, property or rural housing
 * @param status in force or surrendered
 * @param periodStart the instant cover begins (零时 of the first day, Asia/Shanghai)
 * @param periodEnd the instant cover ends, exclusive (二十四时 of the last day)
 * @param terminatedAt the instant a surrender took effect, or null
 * @param insuredNameMasked 被保险人 as shown on screen, e.g. 张*明
 * @param insuredIdMasked the insured's ID number masked, e.g. 330106********1234
 * @param plate the vehicle's plate, for motor
 * @param vin the vehicle identification number (车架号), for motor
 * @param address the insured property's address, for property and rural housing
 * @param division the division of the insured property (or of the vehicle's owner), when known
 * @param coverages the covers, 交强险 first
 */
public record PolicySummary(
        long id,
        String policyNo,
        long insurerId,
        long issuingUnitId,
        ProductLine productLine,
        PolicyStatus status,
        Instant periodStart,
        Instant periodEnd,
        @Nullable Instant terminatedAt,
        String insuredNameMasked,
        String insuredIdMasked,
        @Nullable PlateNumber plate,
        @Nullable String vin,
        @Nullable String address,
        @Nullable DivisionCode division,
        List<Coverage> coverages) {

    public PolicySummary {
        Objects.requireNonNull(policyNo, "policyNo");
        Objects.requireNonNull(productLine, "productLine");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        coverages = List.copyOf(coverages);
    }

    /**
     * Whether an event at {@code instant} falls under the policy: inside the period (start inclusive,
     * end exclusive) and before any surrender took effect.
     */
    public boolean covers(Instant instant) {
        Instant end = terminatedAt != null && terminatedAt.isBefore(periodEnd) ? terminatedAt : periodEnd;
        return !instant.isBefore(periodStart) && instant.isBefore(end);
    }

    /** The cover of this kind, if the policy carries it. */
    public Optional<Coverage> coverage(CoverageKind kind) {
        return coverages.stream().filter(c -> c.kind() == kind).findFirst();
    }
}
