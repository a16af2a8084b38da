package io.shixiao.policies.domain;

import io.shixiao.shared.money.Money;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The premium refunded on surrender. The 2020 motor clauses (交强险条款 and 机动车商业保险示范条款, 合同解除) say
 * the insurer "按日收取自保险责任开始之日起至合同解除之日止期间的保险费，并退还剩余部分保险费": the premium is
 * earned day by day, the day of surrender counting as earned, and the rest is refunded. The same
 * daily rule is applied to property and rural housing policies, so that the unearned premium is
 * always refunded (seed C21); short-rate tables some property clauses allow are not applied. Before
 * cover starts the whole premium is refunded. Amounts are rounded half-up to the fen.
 */
public final class UnearnedPremiumRefund {

    private UnearnedPremiumRefund() {}

    /** The refund of {@code premium} when a policy over {@code period} ends at {@code effectiveAt}. */
    public static Money of(Money premium, PolicyPeriod period, Instant effectiveAt) {
        if (!effectiveAt.isAfter(period.start())) {
            return premium;
        }
        long total = period.days();
        long earned = Math.min(
                total,
                ChronoUnit.DAYS.between(
                                period.firstDay(),
                                effectiveAt.atZone(ShanghaiTime.ZONE).toLocalDate())
                        + 1);
        BigDecimal unearned = premium.amount()
                .multiply(BigDecimal.valueOf(total - earned))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return Money.yuan(unearned);
    }
}
