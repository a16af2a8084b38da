package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The adjustment (理算) of a claim and so the decision on cover (核定).
 *
 * @param liabilityShare the insured's share of the liability, 0–1
 * @param lines what each cover pays
 * @param payable the total payable
 */
public record Adjustment(BigDecimal liabilityShare, List<AdjustmentLine> lines, Money payable) {

    public Adjustment {
        lines = List.copyOf(lines);
    }
}
