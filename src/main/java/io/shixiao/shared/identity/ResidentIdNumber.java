package io.shixiao.shared.identity;

import io.shixiao.shared.pii.Masks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): six digits of the issuing division,
 * the birth date as yyyyMMdd, a three-digit sequence (odd for men, even for women) and a check
 * character computed by ISO 7064 MOD 11-2 ({@code X} for ten). Personal data: it is shown masked and
 * stored encrypted by whoever keeps it.
 */
public record ResidentIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public ResidentIdNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The number as written by a person: spaces removed and a lower-case {@code x} accepted. */
    public static ResidentIdNumber parse(String text) {
        String number = normalise(text);
        if (number == null) {
            throw new IllegalArgumentException("身份证号码不能为空");
        }
        return new ResidentIdNumber(number);
    }

    /** Why {@code text} is not a valid number, in words a clerk can act on; null when it is valid. */
    public static @Nullable String problemWith(@Nullable String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return "身份证号码应为18位：17位数字加1位校验码（数字或X）";
        }
        LocalDate birth = birthDateOf(text);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH)) {
            return "身份证号码中的出生日期无效";
        }
        if (checkCharacter(text) != text.charAt(17)) {
            return "身份证号码校验码不符（应为 " + checkCharacter(text) + "）";
        }
        return null;
    }

    public static boolean isValid(String text) {
        return problemWith(normalise(text)) == null;
    }

    /** The check character of the first seventeen digits (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The birth date encoded in the number. */
    public LocalDate birthDate() {
        // the constructor accepts only numbers whose birth date is a real day
        return java.util.Objects.requireNonNull(birthDateOf(value));
    }

    /** The division code of the issuing authority (the first six digits). */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    /** Whether the sequence digit marks a man (odd) rather than a woman (even). */
    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** 330106********1234: the form shown on screens, notices and exports. */
    public String masked() {
        return Masks.idNumber(value);
    }

    /** Never the number itself, so that a log line cannot leak it. */
    @Override
    public String toString() {
        return masked();
    }

    private static @Nullable String normalise(@Nullable String text) {
        return text == null ? null : text.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }

    private static @Nullable LocalDate birthDateOf(String number) {
        try {
            return LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
