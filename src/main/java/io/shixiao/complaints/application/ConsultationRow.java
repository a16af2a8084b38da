package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ConsultationStatus;
import io.shixiao.complaints.domain.ContactChannel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A consultation as lists, the detail page and the API show it; the customer masked. */
public record ConsultationRow(
        long id,
        String number,
        long insurerId,
        ContactChannel channel,
        ComplaintCategory category,
        @Nullable String customerNameMasked,
        @Nullable String customerMobileMasked,
        String question,
        @Nullable String answer,
        boolean claimInquiry,
        ConsultationStatus status,
        Instant receivedAt,
        @Nullable Instant answeredAt,
        @Nullable String convertedTo,
        int version) {}
