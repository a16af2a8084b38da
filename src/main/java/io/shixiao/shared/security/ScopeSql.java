package io.shixiao.shared.security;

import java.util.Map;

/**
 * A data scope as a SQL predicate over the insurer and organisation-path columns of a table, written
 * once for every module: the platform sees every row, an insurer user the rows under its unit's path,
 * association and county users no individual row (they read aggregates through their own queries).
 *
 * @param predicate a condition to AND into a WHERE clause
 * @param params the named parameters it binds ({@code scopeInsurerId}, {@code scopePath})
 */
public record ScopeSql(String predicate, Map<String, Object> params) {

    /** The scope over an {@code org_unit} alias (columns {@code insurer_id} and {@code path}). */
    public static ScopeSql over(String unitAlias, DataScope scope) {
        return over(unitAlias + ".insurer_id", unitAlias + ".path", scope);
    }

    /** The scope over any table that names a row's insurer and organisation path. */
    public static ScopeSql over(String insurerColumn, String pathColumn, DataScope scope) {
        return switch (scope.reach()) {
            case PLATFORM -> new ScopeSql("true", Map.of());
            case ORGANISATION_SUBTREE ->
                new ScopeSql(
                        insurerColumn + " = :scopeInsurerId and " + pathColumn + " like :scopePath",
                        Map.of("scopeInsurerId", scope.insurerId(), "scopePath", likePrefix(scope.orgPath())));
            case ASSOCIATION_AGGREGATES, COUNTY, VILLAGES -> new ScopeSql("false", Map.of());
        };
    }

    /** A LIKE pattern matching every path under {@code path}, with LIKE's wildcards escaped. */
    public static String likePrefix(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
