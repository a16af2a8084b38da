package io.shixiao.shared.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTests {

    private final PiiCipher cipher = PiiCipher.fromBase64("c2hpeGlhby1kZW1vLXBpaS1rZXktMzItYnl0ZXMhISE=");

    @Test
    void aValueDecryptsToWhatWasEncrypted() {
        assertThat(cipher.decrypt(cipher.encrypt("13812341234"))).isEqualTo("13812341234");
        assertThat(cipher.decrypt(cipher.encrypt("浙江省杭州市西湖区"))).isEqualTo("浙江省杭州市西湖区");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeButHashesTheSame() {
        assertThat(cipher.encrypt("13812341234")).isNotEqualTo(cipher.encrypt("13812341234"));
        assertThat(cipher.hash("13812341234"))
                .isEqualTo(cipher.hash("13812341234"))
                .hasSize(64);
        assertThat(cipher.hash("13812341234")).isNotEqualTo(cipher.hash("13812341235"));
    }

    @Test
    void theStoredFormNeverContainsThePlainValue() {
        assertThat(cipher.encrypt("13812341234")).startsWith("v1:").doesNotContain("13812341234");
    }

    @Test
    void aTamperedValueIsRefused() {
        String stored = cipher.encrypt("13812341234");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 5] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(PiiCipher.PiiDecryptionException.class);
    }

    @Test
    void aValueEncryptedWithAnotherKeyIsRefused() {
        PiiCipher other = new PiiCipher(new byte[32]);
        assertThatThrownBy(() -> cipher.decrypt(other.encrypt("13812341234")))
                .isInstanceOf(PiiCipher.PiiDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(PiiCipher.PiiDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain")).isInstanceOf(PiiCipher.PiiDecryptionException.class);
    }

    @Test
    void theKeyMustBe32Bytes() {
        assertThatThrownBy(() -> new PiiCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
