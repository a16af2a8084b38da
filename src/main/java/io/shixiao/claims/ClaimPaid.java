package io.shixiao.claims;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.shared.money.Money;
import java.time.Instant;

/**
 * An indemnity reached the claimant's bank account (支付赔款): the callback after payment (回访) starts
 * from here. Carries no personal data in the clear.
 *
 * @param claimNo the claim number, e.g. {@code CLM3301202609300001}
 * @param insurerId the insurer the claim belongs to
 * @param orgUnitId the unit that answers for the claim
 * @param policyNo the policy the claim was made under
 * @param maskedMobile the claimant's mobile as screens show it (138****1234)
 * @param contactRef the reference under which the claims module gives the claimant's contact to an
 *     authorised caller ({@code claim:<claimNo>})
 * @param amount the amount paid
 * @param paidAt when the bank confirmed the transfer
 */
public record ClaimPaid(
        String claimNo,
        long insurerId,
        long orgUnitId,
        String policyNo,
        String maskedMobile,
        String contactRef,
        Money amount,
        Instant paidAt) {

    /** The claim as the service-level engine names it. */
    public CaseRef caseRef() {
        return new CaseRef(CaseType.CLAIM, insurerId, claimNo);
    }
}
