package io.shixiao.claims;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A claim was registered (报案保存成功): the hotline's SMS "报案已受理" and the dispatcher's board start here.
 *
 * @param claimNo the claim number
 * @param insurerId the insurer the claim belongs to
 * @param orgUnitId the unit that answers for the claim
 * @param policyNo the policy the claim was made under
 * @param kind the kind of claim, deciding the documents to prepare ({@link ClaimKind})
 * @param maskedMobile the reporter's mobile as screens show it
 * @param contactRef the reference under which the claims module gives the reporter's contact ({@code claim:<claimNo>})
 * @param lossAt when the loss happened
 * @param reportedAt when the report was saved
 * @param linkedTo the claim this report was linked to as a repeat report of the same accident, or null
 */
public record ClaimReported(
        String claimNo,
        long insurerId,
        long orgUnitId,
        String policyNo,
        ClaimKind kind,
        String maskedMobile,
        String contactRef,
        Instant lossAt,
        Instant reportedAt,
        @Nullable String linkedTo) {}
