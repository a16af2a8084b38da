package io.shixiao.shared.identity;

import org.jspecify.annotations.Nullable;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the alphabet {@code 0-9 A-Y} without I, O, S,
 * V and Z: registration authority, organisation category, six-digit division code, nine-character
 * organisation code and a check character computed modulo 31 over the first seventeen.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static UnifiedSocialCreditCode of(@Nullable String value) {
        if (value == null) {
            throw new IllegalArgumentException("统一社会信用代码 has 18 characters");
        }
        return new UnifiedSocialCreditCode(value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(@Nullable String value) {
        return problem(value) == null;
    }

    /** What is wrong with {@code value}, or {@code null} if it is a valid code. */
    public static @Nullable String problem(@Nullable String value) {
        if (value == null || value.length() != 18) {
            return "统一社会信用代码 has 18 characters";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return "统一社会信用代码 character " + (i + 1) + " '" + value.charAt(i) + "' is not allowed";
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return "统一社会信用代码 check character is wrong";
        }
        return null;
    }

    /** The check character for the first seventeen characters (GB 32100-2015 §5). */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("The check character is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("Character '" + first17.charAt(i) + "' is not allowed");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The full code: {@code first17} followed by its check character. */
    public static UnifiedSocialCreditCode complete(String first17) {
        return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
    }

    @Override
    public String toString() {
        return value;
    }
}
