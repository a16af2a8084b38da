package io.shixiao.shared.pii;

/** How personal data is shown on screens, exports and logs: enough to recognise, not to use. */
public final class Masks {

    private Masks() {}

    /** 13812341234 → 138****1234. */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.isEmpty()) {
            return "";
        }
        if (mobile.length() < 7) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }

    /** 身份证 330106199001011234 → 330106********1234 (birth date hidden). */
    public static String idNumber(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() < 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 6222021234567890123 → 6222 **** **** 0123: bank and last four digits only. */
    public static String bankAccount(String account) {
        if (account == null || account.isEmpty()) {
            return "";
        }
        String digits = account.replace(" ", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
    }
}
