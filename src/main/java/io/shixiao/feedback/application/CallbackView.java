package io.shixiao.feedback.application;

import io.shixiao.feedback.domain.CallbackReason;
import io.shixiao.feedback.domain.CallbackStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A callback task as the queue, the survey form and the API show it; the mobile masked. */
public record CallbackView(
        long id,
        long insurerId,
        long orgUnitId,
        String source,
        String caseNumber,
        CallbackReason reason,
        String questionnaireCode,
        @Nullable String mobileMasked,
        @Nullable String contactRef,
        @Nullable String ratedStaff,
        CallbackStatus status,
        int attempts,
        int maxAttempts,
        Instant createdAt,
        @Nullable Instant lastAttemptAt,
        @Nullable Instant completedAt,
        int version) {

    /**
     * Whether the callback reveals the phone (a complaint's and a house claim's are stored encrypted; a claims
     * module claim's stays with claims, under its contact reference).
     */
    public boolean mobileStored() {
        return contactRef == null && mobileMasked != null;
    }
}
