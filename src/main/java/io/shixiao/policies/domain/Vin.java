package io.shixiao.policies.domain;

import io.shixiao.shared.problem.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A vehicle identification number (车辆识别代号, GB 16735 / ISO 3779): 17 characters without I, O and Q,
 * the ninth a check digit over the other sixteen (weights 8 7 6 5 4 3 2 10 · 9 8 7 6 5 4 3 2, remainder
 * by 11, 10 written X). A typo in any one character changes the check digit, so it is caught here.
 */
public record Vin(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    public Vin {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidInputException("vin", problem);
        }
    }

    public static Vin parse(String text) {
        return new Vin(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** What is wrong with {@code text} as a VIN, or null when it is one. */
    public static @org.jspecify.annotations.Nullable String problemWith(
            @org.jspecify.annotations.Nullable String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return "车架号应为17位字母或数字，不含 I、O、Q";
        }
        if (text.charAt(8) != checkDigit(text)) {
            return "车架号第9位校验位应为 " + checkDigit(text);
        }
        return null;
    }

    /** The check digit the ninth position must hold for the other sixteen characters of {@code vin}. */
    public static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += valueOf(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
