package io.shixiao.policies.application;

import io.shixiao.policies.PolicyCounts;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts policies in force per issuing unit within a data scope, then adds each unit to every requested
 * path above it: a branch's figure includes its sub-branches.
 */
@Service
@Transactional(readOnly = true)
class PolicyCountQueries implements PolicyCounts {

    private final JdbcClient jdbc;

    PolicyCountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> inForceUnder(Collection<String> unitPaths, Instant at, DataScope scope) {
        Map<String, Long> result = new LinkedHashMap<>();
        unitPaths.forEach(path -> result.put(path, 0L));
        if (unitPaths.isEmpty()) {
            return result;
        }
        ScopeSql visible = ScopeSql.over("u", scope);
        // A surrender's terminated_at is the instant the policy stops covering (PolicyStatus.SURRENDERED).
        List<Map.Entry<String, Long>> byUnit = jdbc.sql("""
                        select u.path, count(*) as policies
                        from policy p join org_unit u on u.id = p.issuing_unit_id
                        where %s and p.period_start <= :at and p.period_end > :at
                          and (p.terminated_at is null or p.terminated_at > :at)
                        group by u.path""".formatted(visible.predicate()))
                .params(visible.params())
                .param("at", Timestamp.from(at))
                .query((rs, n) -> Map.entry(rs.getString("path"), rs.getLong("policies")))
                .list();
        for (Map.Entry<String, Long> unit : byUnit) {
            for (String path : unitPaths) {
                if (unit.getKey().startsWith(path)) {
                    result.merge(path, unit.getValue(), Long::sum);
                }
            }
        }
        return result;
    }
}
