package io.shixiao.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void amountsAreEqualByValueWhateverTheirScale() {
        assertThat(Money.yuan("2000")).isEqualTo(Money.yuan("2000.00"));
        assertThat(Money.yuan("2000").hashCode())
                .isEqualTo(Money.yuan(new BigDecimal("2000.000")).hashCode());
    }

    @Test
    void amountsAreKeptToTheFenRoundingHalfUp() {
        assertThat(Money.yuan("10.005").amount()).isEqualByComparingTo("10.01");
        assertThat(Money.yuan("1000").times(new BigDecimal("0.7")).toString()).isEqualTo("700.00");
    }

    @Test
    void arithmeticAndBoundsOfAnAdjustment() {
        Money assessed = Money.yuan(12_000);
        Money deductible = Money.yuan(500);
        Money sumInsured = Money.yuan(10_000);
        assertThat(assessed.minus(deductible).min(sumInsured)).isEqualTo(Money.yuan(10_000));
        assertThat(deductible.minus(assessed).isNegative()).isTrue();
        assertThat(Money.yuan("12345.67").display()).isEqualTo("¥12,345.67");
    }

    @Test
    void absurdAmountsAndNonNumbersAreRefused() {
        assertThatThrownBy(() -> Money.yuan("1e12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.yuan("十元")).isInstanceOf(IllegalArgumentException.class);
    }
}
