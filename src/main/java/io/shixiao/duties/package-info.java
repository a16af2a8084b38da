/**
 * Recurring duties (定期, 每月, 每年): the seeds' periodic obligations — satisfaction surveys, internal
 * reviews, the association's monthly feedback, the scheme's callbacks and reviews — as data
 * ({@code duties/recurring-duties.yml}), one occurrence per owner (insurer, branch, association or
 * scheme) and period, each due on a day the service-level engine computes on the statutory calendar.
 * Owners record completion with evidence; an occurrence still open when due is flagged and published
 * as {@link io.shixiao.duties.RecurringDutyOverdue}. Case deadlines stay the engine's; this module only
 * asks it for due days and for the contracts that make a duty fall on a party.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "organization", "servicelevel"})
@org.jspecify.annotations.NullMarked
package io.shixiao.duties;
