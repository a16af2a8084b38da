package io.shixiao.shared.input;

import io.shixiao.shared.problem.InvalidInputException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an uploaded photo or scan is, told by its first bytes and never by its name or the browser's word: a
 * text file named .jpg is refused, and so is anything larger than the limit.
 */
public enum UploadedContent {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    /** A photo taken on site. */
    public static final Set<UploadedContent> PHOTOS = Set.of(JPEG, PNG);

    /** A photo or a scanned document. */
    public static final Set<UploadedContent> PHOTOS_AND_SCANS = Set.of(JPEG, PNG, PDF);

    private final String mediaType;
    private final byte[] magic;

    UploadedContent(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type of {@code content} if it is one of {@code accepted}, or a refusal naming {@code field}. */
    public static String mediaTypeOf(String field, byte[] content, int maxBytes, Set<UploadedContent> accepted) {
        if (content.length == 0) {
            throw new InvalidInputException(field, "is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "is larger than " + maxBytes / (1024 * 1024) + " MB");
        }
        for (UploadedContent kind : values()) {
            if (accepted.contains(kind) && kind.begins(content)) {
                return kind.mediaType;
            }
        }
        String names = Arrays.stream(values())
                .filter(accepted::contains)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        throw new InvalidInputException(field, "is not a " + names + " file (checked by its content)");
    }

    private boolean begins(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
