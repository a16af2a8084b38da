package io.shixiao.enrolment.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A house claim as lists and the village notice show it: the head's name and ID masked. */
public record ClaimView(
        long id,
        String claimNo,
        long schemeId,
        long batchId,
        long householdId,
        String villageCode,
        String zone,
        String state,
        String headNameMasked,
        String headIdMasked,
        long sumInsured,
        Instant reportedAt,
        @Nullable Instant arrivedAt,
        @Nullable String extent,
        @Nullable Long assessedLoss,
        @Nullable Long indemnity,
        int photos,
        @Nullable Long noticeId,
        @Nullable Instant approvedAt,
        @Nullable Instant paidAt,
        int version) {}
