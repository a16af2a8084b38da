package io.shixiao.servicelevel;

import org.jspecify.annotations.Nullable;

/**
 * Who answers for a case: the organisation unit whose data scope covers it, the staff member handling
 * the current step, and the policy-based scheme it belongs to. The engine looks the unit up (its path
 * and insurer are never taken on trust) and refuses a unit or assignee that does not exist, is
 * inactive or belongs to another insurer.
 *
 * @param orgUnitId the unit that answers for the case
 * @param assigneeId the staff member handling the step, or null while unassigned
 * @param schemeId the scheme (e.g. a county's rural housing scheme) whose contract binds the case, or null
 */
public record CaseOwner(
        long orgUnitId, @Nullable Long assigneeId, @Nullable Long schemeId) {

    public static CaseOwner unit(long orgUnitId) {
        return new CaseOwner(orgUnitId, null, null);
    }

    public CaseOwner assignedTo(@Nullable Long staffId) {
        return new CaseOwner(orgUnitId, staffId, schemeId);
    }

    public CaseOwner inScheme(@Nullable Long scheme) {
        return new CaseOwner(orgUnitId, assigneeId, scheme);
    }
}
