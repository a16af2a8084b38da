package io.shixiao.shared.message;

import io.shixiao.shared.money.Money;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rural house claim's indemnity was paid to the household's account (seeds/004 理赔支付 → 客户回访): the
 * household is to be called back with the bid's survey. The rural housing module publishes it inside the
 * payment's transaction; the callback module listens. It lives in {@code shared} because the rural housing
 * module already depends on the callback module (for the satisfaction of its county report), so the callback
 * module may not depend back on it. Carries no personal data in the clear: the phone as stored (encrypted)
 * and masked, like {@code complaints.ComplaintClosed}.
 *
 * @param claimNo the house claim's number, e.g. {@code HZC2026000000123}
 * @param insurerId the insurer running the scheme
 * @param orgUnitId the unit running the scheme, whose callback queue gets the task
 * @param orgPath that unit's path
 * @param phoneCipher the household's phone, encrypted as stored (the callback agent reveals it, audited)
 * @param phoneMasked the same phone masked, for lists
 * @param amount the indemnity paid
 * @param paidAt when it was paid
 */
public record HouseClaimPaid(
        String claimNo,
        long insurerId,
        long orgUnitId,
        String orgPath,
        @Nullable String phoneCipher,
        @Nullable String phoneMasked,
        Money amount,
        Instant paidAt) {

    public HouseClaimPaid {
        Objects.requireNonNull(claimNo, "claimNo");
        Objects.requireNonNull(orgPath, "orgPath");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
    }

    /** Hides the stored phone in logs. */
    @Override
    public String toString() {
        return "HouseClaimPaid[" + claimNo + "]";
    }
}
