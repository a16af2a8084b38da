package io.shixiao.complaints.web;

import io.shixiao.complaints.application.RemedyRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A remedy as the API answers it; the amount in yuan. */
record RemedyResponse(
        long id,
        String caseType,
        String caseNumber,
        String kind,
        String trigger,
        @Nullable String standardCode,
        String description,
        @Nullable BigDecimal amount,
        @Nullable String correctiveAction,
        String status,
        Instant proposedAt,
        String proposedBy,
        @Nullable String approvedBy,
        @Nullable String answerNote,
        @Nullable LocalDate followUpDue,
        @Nullable String followUpNote,
        int version) {

    static RemedyResponse of(RemedyRow r) {
        return new RemedyResponse(
                r.id(),
                r.caseType(),
                r.caseNumber(),
                r.kind().name(),
                r.trigger().name(),
                r.standardCode(),
                r.description(),
                r.amount() == null ? null : r.amount().amount(),
                r.correctiveAction(),
                r.status().name(),
                r.proposedAt(),
                r.proposedBy(),
                r.approvedBy(),
                r.answerNote(),
                r.followUpDue(),
                r.followUpNote(),
                r.version());
    }
}
