package io.shixiao.claims.application;

import io.shixiao.claims.ClaimKind;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A report (报案) as the hotline or another system sends it.
 *
 * @param policyNo the policy, found first by number, plate or ID on the hotline page
 * @param kind the kind of claim
 * @param lossAt when the accident happened (inside the policy period, not in the future)
 * @param lossDivision the division code of the place (6, 9 or 12 digits)
 * @param lossAddress the address or a description of the place
 * @param gps "latitude,longitude", optional
 * @param cause what happened
 * @param injuries whether people were hurt
 * @param thirdPartyProperty whether a third party's property was damaged
 * @param estimate the reporter's estimate in yuan, not negative
 * @param reporterName who reports
 * @param reporterMobile the reporter's mobile (stored encrypted, shown masked)
 * @param occurredAt when the report was taken, default now; earlier than 10 minutes ago is a back-dated entry
 * @param lateEntryReason required for a back-dated entry
 */
public record ReportClaim(
        @Nullable String policyNo,
        @Nullable ClaimKind kind,
        @Nullable Instant lossAt,
        @Nullable String lossDivision,
        @Nullable String lossAddress,
        @Nullable String gps,
        @Nullable String cause,
        @Nullable Boolean injuries,
        @Nullable Boolean thirdPartyProperty,
        @Nullable BigDecimal estimate,
        @Nullable String reporterName,
        @Nullable String reporterMobile,
        @Nullable Instant occurredAt,
        @Nullable String lateEntryReason) {}
