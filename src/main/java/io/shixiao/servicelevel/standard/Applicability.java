package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.Zone;
import io.shixiao.shared.money.Money;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The cases a standard binds. An empty or null condition does not restrict.
 *
 * @param caseType the kind of case
 * @param productLines lines of business; empty for all
 * @param regions division-code prefixes of the unit that answers for the case: a norm binds the insurers'
 *     branches of its region (浙江规范: 浙江省, so 33), whatever the site of the case; empty for all
 * @param excludedRegions prefixes carved out of {@code regions} (浙江省(不含宁波): 3302)
 * @param minAmount inclusive lower bound of the amount at stake in yuan
 * @param maxAmount upper bound in yuan
 * @param maxAmountInclusive whether {@code maxAmount} itself is inside the band (20万以下(含20万))
 * @param injuries true: only cases with injuries; false: only cases known to have none; null: either
 * @param zones where the site must lie
 * @param channels how the case must have arrived
 * @param catastrophe true: only catastrophe cases; false: only ordinary ones; null: either
 * @param facts facts the case must show
 */
public record Applicability(
        CaseType caseType,
        Set<ProductLine> productLines,
        Set<String> regions,
        Set<String> excludedRegions,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        boolean maxAmountInclusive,
        Boolean injuries,
        Set<Zone> zones,
        Set<Channel> channels,
        Boolean catastrophe,
        Set<Fact> facts) {

    public Applicability {
        productLines = Set.copyOf(productLines);
        regions = Set.copyOf(regions);
        excludedRegions = Set.copyOf(excludedRegions);
        zones = Set.copyOf(zones);
        channels = Set.copyOf(channels);
        facts = Set.copyOf(facts);
    }

    /**
     * Whether the standard binds a case of {@code caseType} with these facts, answered for by a unit in
     * {@code ownerDivision}: every condition must hold.
     */
    public boolean covers(CaseType type, CaseFacts caseFacts, String ownerDivision) {
        return caseType == type
                && coversProductLine(caseFacts.productLine())
                && coversRegion(ownerDivision)
                && coversAmount(caseFacts.amount())
                && (injuries == null || injuries.equals(caseFacts.injuries()))
                && (zones.isEmpty() || (caseFacts.zone() != null && zones.contains(caseFacts.zone())))
                && (channels.isEmpty() || (caseFacts.channel() != null && channels.contains(caseFacts.channel())))
                && (catastrophe == null || catastrophe == caseFacts.catastrophe())
                && caseFacts.facts().containsAll(facts);
    }

    /** Whether a case of {@code line} is of one of the standard's lines of business. */
    public boolean coversProductLine(ProductLine line) {
        return productLines.isEmpty() || (line != null && productLines.contains(line));
    }

    /** Whether a unit in {@code divisionCode} lies inside the standard's regions. */
    public boolean coversRegion(String divisionCode) {
        if (divisionCode == null) {
            return regions.isEmpty();
        }
        boolean inside = regions.isEmpty() || regions.stream().anyMatch(divisionCode::startsWith);
        return inside && excludedRegions.stream().noneMatch(divisionCode::startsWith);
    }

    /** Whether an amount lies inside the amount band; an unknown amount lies in no band. */
    public boolean coversAmount(Money amount) {
        if (minAmount == null && maxAmount == null) {
            return true;
        }
        if (amount == null) {
            return false;
        }
        if (minAmount != null && amount.amount().compareTo(minAmount) < 0) {
            return false;
        }
        if (maxAmount == null) {
            return true;
        }
        int against = amount.amount().compareTo(maxAmount);
        return against < 0 || (maxAmountInclusive && against == 0);
    }
}
