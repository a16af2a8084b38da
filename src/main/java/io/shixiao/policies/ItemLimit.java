package io.shixiao.policies;

import io.shixiao.shared.money.Money;
import java.util.Objects;

/**
 * The limit of one 交强险 item when the insured vehicle is liable for the accident and when it is not
 * (无责任赔偿限额); the amounts come from the limit schedule in force when the policy began.
 */
public record ItemLimit(LimitItem item, Money whenLiable, Money whenNotLiable) {

    public ItemLimit {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(whenLiable, "whenLiable");
        Objects.requireNonNull(whenNotLiable, "whenNotLiable");
    }

    /** The limit that applies given whether the insured vehicle bears liability. */
    public Money limit(boolean liable) {
        return liable ? whenLiable : whenNotLiable;
    }
}
