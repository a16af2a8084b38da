package io.shixiao.shared.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTests {

    @Test
    void aMobileShowsItsFirstThreeAndLastFourDigits() {
        assertThat(Masks.mobile("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void anIdNumberHidesTheBirthDate() {
        assertThat(Masks.idNumber("330106199001011234")).isEqualTo("330106********1234");
    }

    @Test
    void aBankAccountShowsTheBankAndTheLastFourDigits() {
        assertThat(Masks.bankAccount("6222 0212 3456 7890 123")).isEqualTo("6222 **** **** 0123");
    }

    @Test
    void shortOrMissingValuesAreHiddenCompletely() {
        assertThat(Masks.mobile("12345")).isEqualTo("*****");
        assertThat(Masks.mobile(null)).isEmpty();
        assertThat(Masks.idNumber("123")).isEqualTo("***");
        assertThat(Masks.bankAccount("1234567")).isEqualTo("*******");
    }
}
