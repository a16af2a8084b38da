package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.Remedy;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.complaints.domain.RemedyStatus;
import io.shixiao.complaints.domain.RemedyTrigger;
import io.shixiao.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A remedy as lists and the API show it. */
public record RemedyRow(
        long id,
        String caseType,
        String caseNumber,
        RemedyKind kind,
        RemedyTrigger trigger,
        @Nullable String standardCode,
        String description,
        @Nullable Money amount,
        @Nullable String correctiveAction,
        RemedyStatus status,
        Instant proposedAt,
        String proposedBy,
        @Nullable String approvedBy,
        @Nullable String answerNote,
        @Nullable LocalDate followUpDue,
        @Nullable String followUpNote,
        int version) {

    /** Whether the follow-up agreed with the customer is late on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return Remedy.overdue(status, followUpDue, today);
    }

    Remedy aggregate() {
        return Remedy.restore(
                new Remedy.State(id, kind, description, amount, correctiveAction, status, followUpDue, version));
    }
}
