package io.shixiao.claims.web;

import io.shixiao.claims.application.StepCommand;
import io.shixiao.claims.domain.DisputeResolution;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A step form's fields as posted by a page; times are local to Shanghai (datetime-local). */
record StepForm(
        @Nullable String occurredAt,
        @Nullable String lateEntryReason,
        @Nullable Long surveyorId,
        @Nullable String gps,
        @Nullable String notes,
        @Nullable List<String> itemCategory,
        @Nullable List<String> itemDescription,
        @Nullable List<String> itemAmount,
        @Nullable List<String> itemUncovered,
        @Nullable List<DocumentItem> documents,
        @Nullable String reason,
        @Nullable BigDecimal liabilityShare,
        @Nullable String bankAccount,
        @Nullable String bankReference,
        @Nullable BigDecimal amount,
        @Nullable String reasons,
        @Nullable String clauses,
        @Nullable DisputeResolution disputeResolution,
        @Nullable String disagreement,
        @Nullable String resurveyAt,
        @Nullable String jointAssessor) {

    StepCommand command() {
        return new StepCommand(
                instant(occurredAt),
                lateEntryReason,
                surveyorId,
                gps,
                notes,
                items(),
                documents == null ? null : documents.isEmpty() ? Set.of() : EnumSet.copyOf(documents),
                reason,
                liabilityShare,
                bankAccount,
                bankReference,
                amount,
                reasons,
                clauses,
                disputeResolution == null
                        ? null
                        : new StepCommand.Dispute(
                                disputeResolution,
                                disagreement,
                                instant(resurveyAt, "dispute.resurveyAt"),
                                jointAssessor == null || jointAssessor.isBlank() ? null : jointAssessor));
    }

    static @Nullable Instant instant(@Nullable String local) {
        return instant(local, "occurredAt");
    }

    private static @Nullable Instant instant(@Nullable String local, String field) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(ShanghaiTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a date and time, e.g. 2026-09-30T09:05");
        }
    }

    private @Nullable List<StepCommand.AssessedItem> items() {
        if (itemCategory == null || itemCategory.isEmpty()) {
            return null;
        }
        List<StepCommand.AssessedItem> items = new ArrayList<>();
        for (int i = 0; i < itemCategory.size(); i++) {
            String amountText = at(itemAmount, i);
            String description = at(itemDescription, i);
            if ((amountText == null || amountText.isBlank()) && (description == null || description.isBlank())) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(amountText == null ? "" : amountText.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("items.amount", "an amount in yuan");
            }
            LossCategory category;
            try {
                category = LossCategory.valueOf(itemCategory.get(i));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("items.category", "unknown");
            }
            items.add(new StepCommand.AssessedItem(
                    category, description, value, itemUncovered == null || !itemUncovered.contains(String.valueOf(i))));
        }
        return items;
    }

    private static @Nullable String at(@Nullable List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
