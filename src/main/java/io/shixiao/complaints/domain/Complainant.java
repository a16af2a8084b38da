package io.shixiao.complaints.domain;

import org.jspecify.annotations.Nullable;

/**
 * One person who complains; a complaint may have several (投诉办法第二十九条 counts them).
 *
 * @param mobile an 11-digit mainland mobile, or null where the person gave none
 */
public record Complainant(String name, @Nullable String mobile) {

    public Complainant {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A complainant needs a name");
        }
        name = name.strip();
    }
}
