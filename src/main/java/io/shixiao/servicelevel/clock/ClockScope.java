package io.shixiao.servicelevel.clock;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.DataScope;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which clock rows a data scope reaches, as SQL: insurer staff their organisation subtree, the
 * platform everything, an association the clocks of its member insurers (for aggregates only; the
 * pages never list them row by row), a county nothing of the insurers' service levels.
 */
@Component
public class ClockScope {

    private final OrganizationDirectory organization;

    ClockScope(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** A condition on {@code service_clock} columns for the scope and the filter, binding {@code params}. */
    public String where(DataScope scope, ClockBoard.Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("true");
        switch (scope.reach()) {
            case ORGANISATION_SUBTREE -> {
                where.append(" and insurer_id = :scopeInsurer and org_path like :scopePath");
                params.put("scopeInsurer", scope.insurerId());
                params.put("scopePath", scope.orgPath().replace("%", "").replace("_", "\\_") + "%");
            }
            case ASSOCIATION_AGGREGATES -> {
                Set<Long> members = organization.memberInsurerIds(scope.associationId());
                if (members.isEmpty()) {
                    where.append(" and false");
                } else {
                    where.append(" and insurer_id in (:scopeMembers)");
                    params.put("scopeMembers", members);
                }
            }
            case COUNTY -> where.append(" and false");
            case PLATFORM -> {}
        }
        if (filter.orgUnitId() != null) {
            where.append(" and org_unit_id = :orgUnit");
            params.put("orgUnit", filter.orgUnitId());
        }
        if (filter.standardCode() != null && !filter.standardCode().isBlank()) {
            where.append(" and standard_code = :standard");
            params.put("standard", filter.standardCode());
        }
        if (filter.assigneeId() != null) {
            where.append(" and assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        return where.toString();
    }
}
