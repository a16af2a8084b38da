package io.shixiao.quality.application;

import io.shixiao.shared.security.DataScope;
import java.util.Map;

/**
 * The data scope as a SQL predicate over a {@code phrase_check} alias: the platform sees every check,
 * an insurer's staff the checks of staff under their unit, association and county users none.
 */
record CheckScope(String predicate, Map<String, Object> params) {

    static CheckScope over(String alias, DataScope scope) {
        return switch (scope.reach()) {
            case PLATFORM -> new CheckScope("true", Map.of());
            case ORGANISATION_SUBTREE ->
                new CheckScope(
                        alias + ".insurer_id = :scopeInsurerId and " + alias + ".org_path like :scopePath",
                        Map.of("scopeInsurerId", scope.insurerId(), "scopePath", likePrefix(scope.orgPath())));
            case ASSOCIATION_AGGREGATES, COUNTY, VILLAGES -> new CheckScope("false", Map.of());
        };
    }

    private static String likePrefix(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
