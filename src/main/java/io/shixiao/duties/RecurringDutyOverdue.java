package io.shixiao.duties;

import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An occurrence of a recurring duty was not recorded done by its due time; published once per
 * occurrence by the overdue sweep.
 *
 * @param occurrenceId the occurrence
 * @param dutyCode the duty, e.g. {@code LT-CASE-FEEDBACK}
 * @param ownerId the insurer, unit, association or scheme id, by {@code ownerType}
 * @param insurerId the insurer for INSURER and BRANCH owners, null otherwise
 * @param orgPath the unit's path for BRANCH owners, null otherwise
 * @param notifyRoles the roles the duty names to be told
 */
public record RecurringDutyOverdue(
        long occurrenceId,
        String dutyCode,
        String title,
        DutyOwnerType ownerType,
        long ownerId,
        String ownerName,
        @Nullable Long insurerId,
        @Nullable String orgPath,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant due,
        Set<Role> notifyRoles,
        Instant detectedAt) {

    public RecurringDutyOverdue {
        notifyRoles = Set.copyOf(notifyRoles);
    }
}
