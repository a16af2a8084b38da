package io.shixiao.shared.division;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division code shortened to its significant digits: 2 (province), 4 (city),
 * 6 (county), 9 (township) or 12 (village) digits. A code covers every code that starts with it.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}");

    public DivisionCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A division code has 2, 4, 6, 9 or 12 digits: " + value);
        }
    }

    public static DivisionCode of(@Nullable String value) {
        if (value == null) {
            throw new IllegalArgumentException("A division code has 2, 4, 6, 9 or 12 digits: null");
        }
        return new DivisionCode(value.trim());
    }

    public static boolean isValid(@org.jspecify.annotations.Nullable String value) {
        return value != null && DIGITS.matcher(value).matches();
    }

    public DivisionLevel level() {
        // every code the constructor accepts has one of the levels' lengths
        return java.util.Objects.requireNonNull(DivisionLevel.ofDigits(value.length()));
    }

    /** The code one level up (the county of a township), empty for a province. */
    public Optional<DivisionCode> parent() {
        DivisionLevel level = level();
        if (level == DivisionLevel.PROVINCE) {
            return Optional.empty();
        }
        return Optional.of(new DivisionCode(value.substring(0, DivisionLevel.values()[level.ordinal() - 1].digits())));
    }

    /** Whether {@code other} is this division or lies inside it. */
    public boolean covers(DivisionCode other) {
        return other.value.startsWith(value);
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
