package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.CaseProfile;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The cases a standard binds. A null or empty condition does not restrict.
 *
 * @param caseType a {@link io.shixiao.servicelevel.CaseType} name: CLAIM, COMPLAINT, CONSULTATION, POLICY, HOTLINE_CALL
 * @param productLines e.g. MOTOR, RURAL_HOUSING; empty for all
 * @param regions division-code prefixes where the standard applies (e.g. 33 for 浙江); empty for all
 * @param excludedRegions division-code prefixes carved out of {@code regions} (浙江省(不含宁波): 3302)
 * @param minAmount inclusive lower bound of the claimed amount in yuan
 * @param maxAmount upper bound in yuan
 * @param maxAmountInclusive whether {@code maxAmount} itself is inside the band (20万以下(含20万))
 * @param injuries true: only cases with injuries; false: only cases without; null: either
 * @param zoneKinds e.g. URBAN, OUTSIDE_URBAN, OUT_OF_PROVINCE, COUNTY_TOWN, ELSEWHERE_IN_COUNTY
 * @param channels e.g. HOTLINE, REGULATOR_RELAYED, ASSOCIATION_RELAYED
 * @param catastrophe true: only catastrophe cases; false: only ordinary ones; null: either
 * @param facts facts the case must show, e.g. LIABILITY_CLEAR, COMPLEX_CASE, DELIVERY_REQUIRED
 */
public record Applicability(
        String caseType,
        Set<String> productLines,
        Set<String> regions,
        Set<String> excludedRegions,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        boolean maxAmountInclusive,
        Boolean injuries,
        Set<String> zoneKinds,
        Set<String> channels,
        Boolean catastrophe,
        Set<String> facts) {

    /** Conditions on the case type alone: every case of that type. */
    public static Applicability anyCaseOf(String caseType) {
        return new Applicability(
                caseType, Set.of(), Set.of(), Set.of(), null, null, false, null, Set.of(), Set.of(), null, Set.of());
    }

    /** Whether the standard binds a case with this profile: every condition must hold. */
    public boolean covers(CaseProfile profile) {
        return profile.caseType().name().equals(caseType)
                && coversProductLine(profile.productLine())
                && coversRegion(profile.divisionCode())
                && coversAmount(profile.amount())
                && (injuries == null || injuries.equals(profile.injuries()))
                && (zoneKinds.isEmpty() || zoneKinds.contains(profile.zoneKind()))
                && (channels.isEmpty() || channels.contains(profile.channel()))
                && (catastrophe == null || catastrophe == profile.catastrophe())
                && profile.facts().containsAll(facts);
    }

    /** Whether a case of {@code productLine} is of one of the standard's lines of business. */
    public boolean coversProductLine(String productLine) {
        return productLines.isEmpty() || productLines.contains(productLine);
    }

    /** Whether a case in {@code divisionCode} lies inside the standard's regions. */
    public boolean coversRegion(String divisionCode) {
        if (divisionCode == null) {
            return regions.isEmpty();
        }
        boolean inside = regions.isEmpty() || regions.stream().anyMatch(divisionCode::startsWith);
        return inside && excludedRegions.stream().noneMatch(divisionCode::startsWith);
    }

    /** Whether a claimed amount lies inside the amount band. */
    public boolean coversAmount(BigDecimal amount) {
        if (minAmount == null && maxAmount == null) {
            return true;
        }
        if (amount == null) {
            return false;
        }
        if (minAmount != null && amount.compareTo(minAmount) < 0) {
            return false;
        }
        if (maxAmount == null) {
            return true;
        }
        int against = amount.compareTo(maxAmount);
        return against < 0 || (maxAmountInclusive && against == 0);
    }
}
