package io.shixiao.shared.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mainland China motor-vehicle plate (号牌, GA 36): the province's abbreviation, the issuing office's
 * letter, then five characters for a conventional plate ({@code 浙A12345}, {@code 浙A1234学} for a
 * learner car, {@code 浙A1234挂} for a trailer) or six for a new-energy plate ({@code 浙AD12345} for a
 * small car, where D/F/A/B/C/E/G/H/J/K in third place marks the drive; {@code 浙A12345D} for a large
 * vehicle). The letters I and O are never used, so they cannot be confused with 1 and 0.
 */
public record PlateNumber(String value) {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String LETTER = "[A-HJ-NP-Z]";
    private static final String CHARACTER = "[A-HJ-NP-Z0-9]";
    private static final Pattern CONVENTIONAL =
            Pattern.compile("[" + PROVINCES + "]" + LETTER + CHARACTER + "{4}[A-HJ-NP-Z0-9挂学警港澳领试超]");
    private static final Pattern NEW_ENERGY_SMALL =
            Pattern.compile("[" + PROVINCES + "]" + LETTER + "[DFABCEGHJK]" + CHARACTER + "\\d{4}");
    private static final Pattern NEW_ENERGY_LARGE =
            Pattern.compile("[" + PROVINCES + "]" + LETTER + "\\d{5}[DFABCEGHJK]");

    public PlateNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("号牌应为省份简称、发牌机关字母和5位（新能源6位）字母或数字，如 浙A12345、浙AD12345");
        }
    }

    /** The plate as typed: spaces, the dot of 浙A·12345 and lower case removed. */
    public static PlateNumber parse(String text) {
        String plate = normalise(text);
        if (plate == null) {
            throw new IllegalArgumentException("号牌不能为空");
        }
        return new PlateNumber(plate);
    }

    public static boolean isValid(@Nullable String text) {
        return text != null
                && (CONVENTIONAL.matcher(text).matches()
                        || NEW_ENERGY_SMALL.matcher(text).matches()
                        || NEW_ENERGY_LARGE.matcher(text).matches());
    }

    /** Whether it is a green new-energy plate (eight characters). */
    public boolean newEnergy() {
        return value.length() == 8;
    }

    /** The province abbreviation, e.g. 浙. */
    public String province() {
        return value.substring(0, 1);
    }

    public static @Nullable String normalise(@Nullable String text) {
        return text == null
                ? null
                : text.replace(" ", "").replace("·", "").replace("•", "").trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
