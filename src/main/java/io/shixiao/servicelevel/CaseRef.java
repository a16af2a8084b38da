package io.shixiao.servicelevel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One case of one insurer, as the module that owns it names it: a claim number, a complaint number,
 * a policy number. The id is unique within the insurer and the case type, so one insurer's ids never
 * collide with another's. Its grammar keeps ids safe in a URL path, a file name and a spreadsheet.
 *
 * @param type the kind of case
 * @param insurerId the insurer the case belongs to
 * @param id the owning module's id: 1–64 letters, digits, {@code -} or {@code _}, starting with a letter
 *     or digit
 */
public record CaseRef(CaseType type, long insurerId, String id) {

    /** The grammar of a case id. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public CaseRef {
        Objects.requireNonNull(type, "type");
        if (insurerId <= 0) {
            throw new IllegalArgumentException("A case belongs to an insurer");
        }
        if (!isValidId(id)) {
            throw new IllegalArgumentException(
                    "A case id is 1–64 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    public static CaseRef of(CaseType type, long insurerId, String id) {
        return new CaseRef(type, insurerId, id);
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** {@code CLAIM/AL2026000123}: how logs and the audit trail name the case. */
    @Override
    public String toString() {
        return type + "/" + id;
    }
}
