package io.shixiao.servicelevel.clock;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
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
        return where(scope, filter, params, "");
    }

    /** The same condition on the columns of {@code service_clock} under an alias, e.g. {@code c.}. */
    public String where(DataScope scope, ClockBoard.Filter filter, Map<String, Object> params, String alias) {
        StringBuilder where = new StringBuilder("true");
        if (scope.reach() == DataScope.Reach.ASSOCIATION_AGGREGATES) {
            Set<Long> members = organization.memberInsurerIds(scope.associationId());
            if (members.isEmpty()) {
                where.append(" and false");
            } else {
                where.append(" and " + alias + "insurer_id in (:scopeMembers)");
                params.put("scopeMembers", members);
            }
        } else {
            ScopeSql rows = ScopeSql.over(alias + "insurer_id", alias + "org_path", scope);
            where.append(" and ").append(rows.predicate());
            params.putAll(rows.params());
        }
        if (filter.orgUnitId() != null) {
            where.append(" and " + alias + "org_unit_id = :orgUnit");
            params.put("orgUnit", filter.orgUnitId());
        }
        if (filter.standardCode() != null && !filter.standardCode().isBlank()) {
            where.append(" and " + alias + "standard_code = :standard");
            params.put("standard", filter.standardCode());
        }
        if (filter.assigneeId() != null) {
            where.append(" and " + alias + "assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        return where.toString();
    }
}
