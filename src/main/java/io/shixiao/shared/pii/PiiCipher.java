package io.shixiao.shared.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts personal data at rest with AES-256-GCM: a random 12-byte IV per value, a 128-bit tag, so
 * that the same number encrypts differently each time and any change to the stored text is
 * detected. Stored form: {@code v1:} + base64(IV ‖ ciphertext ‖ tag). {@link #hash} gives a keyed
 * HMAC-SHA256 for exact-match search (a separate key derived from the master key).
 */
public final class PiiCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("The PII key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "shixiao-pii-hash"), "HmacSHA256");
    }

    /** A cipher for {@code base64Key}, the form of property {@code shixiao.pii.key}. */
    public static PiiCipher fromBase64(String base64Key) {
        return new PiiCipher(Base64.getDecoder().decode(base64Key));
    }

    public @Nullable String encrypt(@Nullable String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain text; {@link PiiDecryptionException} if the value was altered or not ours. */
    public @Nullable String decrypt(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new PiiDecryptionException("Unknown format of encrypted value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (all.length < IV_BYTES + TAG_BITS / 8) {
                throw new PiiDecryptionException("Encrypted value is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new PiiDecryptionException("Encrypted value could not be authenticated");
        }
    }

    /** A deterministic keyed hash (hex HMAC-SHA256) of {@code plain} for exact-match lookups. */
    public String hash(String plain) {
        return HexFormat.of().formatHex(hmac(hashKey, plain));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A stored value that fails authentication: tampered, truncated or encrypted with another key. */
    public static final class PiiDecryptionException extends RuntimeException {
        public PiiDecryptionException(String message) {
            super(message);
        }
    }
}
