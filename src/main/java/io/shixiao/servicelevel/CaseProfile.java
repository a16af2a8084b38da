package io.shixiao.servicelevel;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What the service-level engine needs to know about a case to tell which standards bind it. The
 * module that owns the case fills in what it knows; an unknown value (null) does not meet a
 * standard that asks for it, so a claim without a zone starts no zone-bound arrival clock.
 *
 * @param caseType the kind of case
 * @param productLine e.g. MOTOR, RURAL_HOUSING
 * @param divisionCode where the case arose, e.g. 330106 (杭州西湖区)
 * @param amount the claimed amount in yuan
 * @param injuries whether people were hurt
 * @param zoneKind e.g. URBAN, OUTSIDE_URBAN, OUT_OF_PROVINCE, COUNTY_TOWN, ELSEWHERE_IN_COUNTY
 * @param channel how it arrived, e.g. HOTLINE, REGULATOR_RELAYED
 * @param catastrophe whether it belongs to a catastrophe event
 * @param facts facts established so far, e.g. LIABILITY_CLEAR, DOCUMENTS_COMPLETE, COMPLEX_CASE
 */
public record CaseProfile(
        CaseType caseType,
        String productLine,
        String divisionCode,
        BigDecimal amount,
        Boolean injuries,
        String zoneKind,
        String channel,
        boolean catastrophe,
        Set<String> facts) {

    public CaseProfile {
        facts = facts == null ? Set.of() : Set.copyOf(facts);
    }

    /** A case known only by its type. */
    public static CaseProfile of(CaseType caseType) {
        return new CaseProfile(caseType, null, null, null, null, null, null, false, Set.of());
    }
}
