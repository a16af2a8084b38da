package io.shixiao.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobileNumberTests {

    @ParameterizedTest
    @CsvSource({
        "13812341234,true",
        "19912341234,true",
        "12812341234,false",
        "1381234123,false",
        "138123412345,false",
        "1381234123a,false"
    })
    void aMobileHasElevenDigitsStarting13To19(String value, boolean valid) {
        assertThat(MobileNumber.isValid(value)).isEqualTo(valid);
    }

    @org.junit.jupiter.api.Test
    void aMobileNeverPrintsItselfInFull() {
        assertThat(new MobileNumber("13812341234").toString()).isEqualTo("138****1234");
    }
}
