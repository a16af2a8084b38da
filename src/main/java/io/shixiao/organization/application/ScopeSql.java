package io.shixiao.organization.application;

import io.shixiao.shared.security.DataScope;
import java.util.Map;

/**
 * The data scope as a SQL predicate over an {@code org_unit} alias: the platform sees every row, an
 * insurer user the rows under its unit's path, association and county users no individual row.
 */
record ScopeSql(String predicate, Map<String, Object> params) {

    static ScopeSql over(String unitAlias, DataScope scope) {
        return switch (scope.reach()) {
            case PLATFORM -> new ScopeSql("true", Map.of());
            case ORGANISATION_SUBTREE ->
                new ScopeSql(
                        unitAlias + ".insurer_id = :scopeInsurerId and " + unitAlias + ".path like :scopePath",
                        Map.of("scopeInsurerId", scope.insurerId(), "scopePath", likePrefix(scope.orgPath())));
            case ASSOCIATION_AGGREGATES, COUNTY -> new ScopeSql("false", Map.of());
        };
    }

    static String likePrefix(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
