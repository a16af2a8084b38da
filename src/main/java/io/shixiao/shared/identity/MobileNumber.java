package io.shixiao.shared.identity;

import java.util.regex.Pattern;

/** A mainland China mobile number: eleven digits, {@code 1[3-9]} then nine digits. Personal data. */
public record MobileNumber(String value) {

    public static final String PATTERN = "1[3-9]\\d{9}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public MobileNumber {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("A mobile number has 11 digits starting 13-19");
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** 138****1234: the form shown on screens and in exports. */
    public String masked() {
        return io.shixiao.shared.pii.Masks.mobile(value);
    }

    /** Never the number itself, so that a log line cannot leak it. */
    @Override
    public String toString() {
        return masked();
    }
}
