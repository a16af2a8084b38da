package io.shixiao.duties.catalog;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.shared.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One recurring duty of the file: what must be done, by whom, how often and by when, with the clause it
 * comes from.
 *
 * @param seedItem the row of seed-time-limits.md §2 it answers, e.g. {@code A10}
 * @param contract the CONTRACT document whose contracts in force make the duty fall on a party; null
 *     for every active insurer (or unit)
 * @param unitLevel the level of the owning units, for BRANCH owners
 * @param associations the owning associations by code, for ASSOCIATION owners
 * @param county the county division code overseeing the scheme, for SCHEME owners
 * @param optional whether the text says 可 (may): an occurrence not done lapses rather than falls overdue
 * @param reading which reading of the text is taken, where it names no figure
 * @param line where the duty stands in its file, e.g. {@code duties/recurring-duties.yml:42}
 */
public record RecurringDuty(
        String code,
        String title,
        String seedItem,
        String document,
        String clause,
        String quote,
        DutyOwnerType owner,
        @Nullable String contract,
        @Nullable OrgUnitLevel unitLevel,
        List<String> associations,
        @Nullable String county,
        Recurrence recurrence,
        DueRule due,
        boolean optional,
        Set<Role> notifyRoles,
        LocalDate effectiveFrom,
        @Nullable String reading,
        String line) {

    public RecurringDuty {
        associations = List.copyOf(associations);
        notifyRoles = Set.copyOf(notifyRoles);
    }
}
