package io.shixiao.claims.application;

import io.shixiao.shared.problem.InvalidInputException;
import java.util.Arrays;

/**
 * What an uploaded photo or scan is, told by its first bytes and never by its name or the browser's
 * word: JPEG ({@code FF D8 FF}), PNG ({@code 89 50 4E 47 0D 0A 1A 0A}) or PDF ({@code %PDF-}). A text
 * file named .jpg is refused, and so is anything larger than the limit.
 */
final class UploadCheck {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private UploadCheck() {}

    /** The content type of {@code content}, or a refusal naming {@code field}. */
    static String contentType(String field, byte[] content, int maxBytes) {
        if (content.length == 0) {
            throw new InvalidInputException(field, "is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "is larger than " + maxBytes / (1024 * 1024) + " MB");
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        throw new InvalidInputException(field, "is not a JPEG, PNG or PDF file (checked by its content)");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
