package io.shixiao.policies.application;

import org.jspecify.annotations.Nullable;

/** The unmasked personal data of a policy, shown only through the audited reveal. */
public record PersonalData(
        String holderName,
        String holderIdNumber,
        String insuredName,
        String insuredIdNumber,
        @Nullable String insuredMobile) {}
