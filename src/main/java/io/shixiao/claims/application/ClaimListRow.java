package io.shixiao.claims.application;

import io.shixiao.claims.ClaimKind;
import io.shixiao.claims.domain.ClaimStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One claim in a list, without its body. */
public record ClaimListRow(
        String claimNo,
        long insurerId,
        long orgUnitId,
        String policyNo,
        ClaimKind kind,
        ClaimStatus status,
        Instant lossAt,
        Instant reportedAt,
        @Nullable Long surveyorId,
        @Nullable String zone,
        String lossDivision,
        BigDecimal amount,
        int backDatedSteps) {}
