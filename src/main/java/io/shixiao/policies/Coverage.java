package io.shixiao.policies;

import io.shixiao.shared.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cover of a policy as a claim adjusts against it.
 *
 * @param kind the cover
 * @param sumInsured 保险金额 or 责任限额: the most paid for one event (for 交强险 the sum of the item limits
 *     when liable)
 * @param deductible 绝对免赔额 deducted from each loss (zero when none)
 * @param itemLimits the per-item limits of 交强险; empty for every other cover
 */
public record Coverage(CoverageKind kind, Money sumInsured, Money deductible, List<ItemLimit> itemLimits) {

    public Coverage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sumInsured, "sumInsured");
        Objects.requireNonNull(deductible, "deductible");
        itemLimits = List.copyOf(itemLimits);
    }

    public Optional<ItemLimit> limitOf(LimitItem item) {
        return itemLimits.stream().filter(l -> l.item() == item).findFirst();
    }
}
