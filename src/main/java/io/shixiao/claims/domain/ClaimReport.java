package io.shixiao.claims.domain;

import io.shixiao.claims.ClaimKind;
import io.shixiao.shared.money.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter told the hotline (报案). Personal data is held encrypted, with a mask for screens.
 *
 * @param policyNo the policy claimed under
 * @param kind the kind of claim
 * @param lossAt when the accident happened
 * @param lossDivision where, as a division code (e.g. 330106)
 * @param lossAddress the address or a description of the place
 * @param gps latitude,longitude when the phone gave it
 * @param cause what happened
 * @param injuries whether people were hurt
 * @param thirdPartyProperty whether a third party's property was damaged
 * @param estimate the reporter's estimate of the loss
 * @param reporterNameEncrypted the reporter's name, encrypted
 * @param reporterMobileEncrypted the reporter's mobile, encrypted
 * @param reporterMobileMasked the mobile as screens show it
 * @param zone the arrival zone derived from the place and the insurer's zones ({@code Zone} name), or null
 * @param channel how the report arrived ({@code Channel} name)
 */
public record ClaimReport(
        String policyNo,
        ClaimKind kind,
        Instant lossAt,
        String lossDivision,
        String lossAddress,
        @Nullable String gps,
        String cause,
        boolean injuries,
        boolean thirdPartyProperty,
        Money estimate,
        String reporterNameEncrypted,
        String reporterMobileEncrypted,
        String reporterMobileMasked,
        @Nullable String zone,
        String channel) {}
