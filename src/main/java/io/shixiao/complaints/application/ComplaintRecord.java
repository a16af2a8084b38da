package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.Complaint;
import io.shixiao.servicelevel.ProductLine;
import org.jspecify.annotations.Nullable;

/**
 * A stored complaint: the aggregate and what intake recorded beside it (the links to a policy, a claim or
 * the consultation it came from, and what decides which standards bind it).
 */
public record ComplaintRecord(
        long id,
        Complaint complaint,
        @Nullable ProductLine productLine,
        @Nullable Long schemeId,
        @Nullable String policyNumber,
        @Nullable String claimNumber,
        @Nullable String consultationNumber) {}
