package io.shixiao.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdjusterTests {

    @Test
    void ctplPaysFirstUpToItsItemLimitsAndThirdPartyLiabilityTheRestByShareLessDeductible() {
        List<AssessmentItem> items = List.of(
                new AssessmentItem(LossCategory.THIRD_PARTY_PROPERTY, "对方车辆", Money.yuan(12_000), true),
                new AssessmentItem(LossCategory.MEDICAL, "医疗费", Money.yuan(20_000), true),
                new AssessmentItem(LossCategory.OWN_VEHICLE, "本车", Money.yuan(8_000), true),
                new AssessmentItem(LossCategory.OWN_VEHICLE, "车载音响（未投保）", Money.yuan(3_000), false));
        Adjustment adjustment = Adjuster.adjust(items, ClaimFixtures.MOTOR_COVERS, new BigDecimal("0.7"));
        // 交强险: medical 18,000 of 20,000; property 2,000 of 12,000 (liable)
        // 商业三者: (2,000 + 10,000) × 0.7 − 0 = 8,400; 车损: 8,000 × 0.7 − 500 = 5,100
        assertThat(adjustment.lines())
                .extracting(AdjustmentLine::cover, AdjustmentLine::payable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CoverKind.CTPL, Money.yuan(18_000)),
                        org.assertj.core.groups.Tuple.tuple(CoverKind.CTPL, Money.yuan(2_000)),
                        org.assertj.core.groups.Tuple.tuple(CoverKind.THIRD_PARTY_LIABILITY, Money.yuan(8_400)),
                        org.assertj.core.groups.Tuple.tuple(CoverKind.VEHICLE_DAMAGE, Money.yuan(5_100)));
        assertThat(adjustment.payable()).isEqualTo(Money.yuan(33_500));
    }

    @Test
    void withoutLiabilityCtplPaysItsLowerLimitsOnly() {
        List<AssessmentItem> items =
                List.of(new AssessmentItem(LossCategory.THIRD_PARTY_PROPERTY, "对方车辆", Money.yuan(3_000), true));
        Adjustment adjustment = Adjuster.adjust(items, ClaimFixtures.MOTOR_COVERS, BigDecimal.ZERO);
        assertThat(adjustment.payable()).isEqualTo(Money.yuan(100));
    }

    @Test
    void aCoverPaysNoMoreThanItsSumInsured() {
        List<AssessmentItem> items =
                List.of(new AssessmentItem(LossCategory.OWN_VEHICLE, "全损", Money.yuan(400_000), true));
        assertThat(Adjuster.adjust(items, ClaimFixtures.MOTOR_COVERS, BigDecimal.ONE)
                        .payable())
                .isEqualTo(Money.yuan(150_000));
    }

    @Test
    void aLiabilityShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Adjuster.adjust(List.of(), ClaimFixtures.MOTOR_COVERS, new BigDecimal("1.5")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("liabilityShare");
    }
}
