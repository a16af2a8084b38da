package io.shixiao.shared.input;

import org.jspecify.annotations.Nullable;

/**
 * What any text a client sends must be: storable in PostgreSQL, shown as it reads, and visible. Tab, line
 * feed and carriage return are allowed (reasons and notes run over several lines); everything else
 * below U+0020, DEL and the C1 controls is refused, as are the text-direction embeddings, overrides and
 * isolates that make a text display other than it is stored (U+202A–U+202E, U+2066–U+2069), unpaired
 * surrogates (stored as {@code ?}), and text made only of invisible characters (U+200B, U+202E …),
 * which would pass {@code @NotBlank} and show as nothing.
 */
public final class TextRules {

    /** NUL cannot be stored in PostgreSQL text. */
    public static final String NUL = "must not contain a NUL character";

    public static final String CONTROL = "must not contain control characters";

    public static final String DIRECTION = "must not contain text-direction controls (U+202A–U+202E, U+2066–U+2069)";

    public static final String SURROGATE = "must not contain an unpaired surrogate";

    public static final String INVISIBLE = "must contain visible characters, not only invisible ones";

    private TextRules() {}

    /** Why the text is refused, or {@code null} when it is acceptable. */
    public static @Nullable String problemWith(String text) {
        boolean invisible = false;
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return NUL;
            }
            if (isRefusedControl(c)) {
                return CONTROL;
            }
            if (isDirectionControl(c)) {
                return DIRECTION;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    visible = true;
                    continue;
                }
                return SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return SURROGATE;
            }
            if (isInvisible(c)) {
                invisible = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        return invisible && !visible ? INVISIBLE : null;
    }

    private static boolean isRefusedControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isDirectionControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    // Format characters (zero-width space and joiners, marks, word joiner, BOM, soft hyphen) show as nothing.
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT || c == '\u3164' || c == '\u115F' || c == '\u1160';
    }
}
