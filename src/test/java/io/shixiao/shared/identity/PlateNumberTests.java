package io.shixiao.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlateNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"浙A12345", "浙AD12345", "浙AFA1234", "浙A12345D", "甘K8X123", "青B1234学", "浙A1234挂", "京A12345"})
    void conventionalAndNewEnergyPlatesAreAccepted(String plate) {
        assertThat(PlateNumber.isValid(plate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "浙12345", "浙AO12345", "浙A1234", "浙AI2345", "沪AX12345", "台A12345", "浙A123456", "浙AF1A345"})
    void platesOfTheWrongShapeOrWithIAndOAreRefused(String plate) {
        assertThat(PlateNumber.isValid(plate)).isFalse();
    }

    @Test
    void aPlateAsTypedIsNormalised() {
        PlateNumber plate = PlateNumber.parse(" 浙a·d12345 ");
        assertThat(plate.value()).isEqualTo("浙AD12345");
        assertThat(plate.newEnergy()).isTrue();
        assertThat(plate.province()).isEqualTo("浙");
        assertThat(PlateNumber.parse("浙A12345").newEnergy()).isFalse();
    }
}
