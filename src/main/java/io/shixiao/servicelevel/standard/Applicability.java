package io.shixiao.servicelevel.standard;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The cases a standard binds. A null or empty condition does not restrict.
 *
 * @param caseType CLAIM, COMPLAINT, CONSULTATION, POLICY_TASK …
 * @param productLines e.g. MOTOR, RURAL_HOUSING; empty for all
 * @param regions division-code prefixes where the standard applies (e.g. 33 for 浙江); empty for all
 * @param minAmount inclusive lower bound of the claimed amount in yuan
 * @param maxAmount upper bound in yuan
 * @param maxAmountInclusive whether {@code maxAmount} itself is inside the band (20万以下(含20万))
 * @param injuries true: only cases with injuries; false: only cases without; null: either
 * @param zoneKinds e.g. URBAN, OUTSIDE_URBAN, COUNTY_TOWN, ELSEWHERE_IN_COUNTY
 * @param channels e.g. HOTLINE, REGULATOR_RELAYED, ASSOCIATION_RELAYED
 * @param catastrophe true: only catastrophe cases; false: only ordinary ones; null: either
 */
public record Applicability(
    String caseType,
    Set<String> productLines,
    Set<String> regions,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    boolean maxAmountInclusive,
    Boolean injuries,
    Set<String> zoneKinds,
    Set<String> channels,
    Boolean catastrophe) {}
