package io.shixiao.complaints.application;

import org.jspecify.annotations.Nullable;

/** A complainant as lists show them: masked; the mobile's cipher text travels to the callback unopened. */
public record StoredComplainant(
        String nameMasked,
        @Nullable String mobileMasked,
        @Nullable String mobileCipher) {}
