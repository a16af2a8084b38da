package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One cover of the policy as the adjustment uses it.
 *
 * @param kind the cover
 * @param sumInsured the most paid for one event
 * @param deductible deducted from the cover's share of the loss
 * @param ctplLimits for 交强险: the item limits (死亡伤残, 医疗费用, 财产损失) when liable and when not, by the
 *     loss category they pay; empty for every other cover
 */
public record Cover(CoverKind kind, Money sumInsured, Money deductible, Map<LossCategory, CtplLimit> ctplLimits) {

    public Cover {
        ctplLimits = Map.copyOf(ctplLimits);
    }

    /** A cover without item limits. */
    public static Cover of(CoverKind kind, Money sumInsured, Money deductible) {
        return new Cover(kind, sumInsured, deductible, Map.of());
    }

    @Nullable
    CtplLimit limitFor(LossCategory category) {
        return ctplLimits.get(category);
    }

    /**
     * One 交强险 item's limit, as data (机动车交通事故责任强制保险条款; 2020 reform: 死亡伤残 180,000, 医疗费用
     * 18,000, 财产损失 2,000 yuan; without liability 18,000 / 1,800 / 100).
     */
    public record CtplLimit(Money whenLiable, Money whenNotLiable) {

        Money limit(boolean liable) {
            return liable ? whenLiable : whenNotLiable;
        }
    }
}
