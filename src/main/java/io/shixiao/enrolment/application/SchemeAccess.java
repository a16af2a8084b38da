package io.shixiao.enrolment.application;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import io.shixiao.shared.security.ScopedUser;
import java.util.Map;

/**
 * Who sees a scheme: the platform administrator every scheme; the county authority the schemes of its
 * county (read only); the insurer's staff the schemes run by their unit or a unit below it (the unit
 * of the scheme lies in their subtree); nobody else — an association, another insurer, a branch
 * elsewhere, a village liaison — sees any, and is answered as if the scheme did not exist. A liaison reports
 * only the batches of their own villages ({@link VillageLiaisons}).
 */
public final class SchemeAccess {

    private SchemeAccess() {}

    public static boolean canSee(Scheme scheme, DataScope scope) {
        return switch (scope.reach()) {
            case PLATFORM -> true;
            case ORGANISATION_SUBTREE -> scope.canSee(scheme.insurerId(), scheme.orgPath());
            case COUNTY -> scope.divisionCode() != null && scheme.countyCode().startsWith(scope.divisionCode());
            case ASSOCIATION_AGGREGATES, VILLAGES -> false;
        };
    }

    /** Registering, enrolling and claims: the administrator and the insurer's staff who see the scheme. */
    public static boolean canWork(Scheme scheme, ScopedUser user) {
        DataScope scope = user.dataScope();
        return scope.reach() != DataScope.Reach.COUNTY && canSee(scheme, scope);
    }

    /** The schemes visible in {@code scope}, as a predicate over the {@code rural_scheme} alias {@code s}. */
    static ScopeSql predicate(DataScope scope) {
        if (scope.reach() == DataScope.Reach.COUNTY) {
            return scope.divisionCode() == null
                    ? new ScopeSql("false", Map.of())
                    : new ScopeSql(
                            "s.county_code like :scopeCounty",
                            Map.of("scopeCounty", ScopeSql.likePrefix(scope.divisionCode())));
        }
        return ScopeSql.over("s.insurer_id", "s.org_path", scope);
    }
}
