package io.shixiao.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

    @Test
    void theStandardsWorkedExampleIsValid() {
        // GB 11643-1999 appendix example: 11010519491231002X.
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.divisionCode()).isEqualTo("110105");
        assertThat(id.male()).isFalse();
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheRightOne() {
        assertThat(ResidentIdNumber.problemWith("110105194912310021"))
                .contains("校验码")
                .contains("X");
        assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002Y", "1101051949123100２X", "110105194902300029"})
    void malformedNumbersAndImpossibleBirthDatesAreRefused(String text) {
        assertThat(ResidentIdNumber.isValid(text)).isFalse();
    }

    @Test
    void theNumberIsMaskedWhenPrinted() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
    }

    /** Numbers built with the check character: every one is accepted, and any other last character is not. */
    @ParameterizedTest
    @MethodSource("generatedNumbers")
    void everyNumberWithItsComputedCheckCharacterIsValidAndNoOtherIs(String body) {
        char check = ResidentIdNumber.checkCharacter(body);
        assertThat(ResidentIdNumber.isValid(body + check)).isTrue();
        for (char other : "0123456789X".toCharArray()) {
            if (other != check) {
                assertThat(ResidentIdNumber.isValid(body + other)).isFalse();
            }
        }
    }

    static Stream<Arguments> generatedNumbers() {
        Random random = new Random(11643);
        return IntStream.range(0, 300).mapToObj(i -> {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
            String body = String.format(
                    "%06d%04d%02d%02d%03d",
                    100000 + random.nextInt(800000),
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    random.nextInt(1000));
            return Arguments.of(body);
        });
    }
}
