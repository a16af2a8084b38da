package io.shixiao.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTests {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void theExampleOfTheStandardIsValid() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void theCheckCharacterIsComputedModulo31() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y44",
                "91350100M000100Y4",
                "91350100M000100Y43X",
                "91350100I000100Y43",
                "",
                "91350100m000100y43"
            })
    void aCodeWithAWrongCheckCharacterLengthOrLetterIsRefused(String value) {
        assertThat(UnifiedSocialCreditCode.isValid(value)).isFalse();
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySingleCharacterChangeOfACompletedCodeIsDetected() {
        Random random = new Random(20151001L);
        for (int run = 0; run < 200; run++) {
            StringBuilder first17 = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = UnifiedSocialCreditCode.complete(first17.toString()).value();
            int position = random.nextInt(18);
            char replacement;
            do {
                replacement = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            } while (replacement == code.charAt(position));
            String changed = code.substring(0, position) + replacement + code.substring(position + 1);
            assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
            assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
        }
    }
}
