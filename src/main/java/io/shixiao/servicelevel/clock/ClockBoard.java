package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockCounts;
import io.shixiao.shared.security.DataScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the monitor board and the escalation list, restricted to the user's data scope in
 * the query itself: insurer staff see their organisation subtree, the platform administrator sees
 * everything, the association and county authorities see counts only, never a row.
 */
@Component
public class ClockBoard {

    private static final int ROWS = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ClockScope scopes;

    ClockBoard(JdbcClient jdbc, Clock clock, ClockScope scopes) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Filters of the board; null means any. */
    public record Filter(Long orgUnitId, String standardCode, Long assigneeId) {}

    /** One row of the board. */
    public record Row(
            UUID id,
            CaseRef caseRef,
            String standardCode,
            long orgUnitId,
            String orgPath,
            Long assigneeId,
            String state,
            Instant startedAt,
            Instant deadline,
            int warnedPercent,
            Instant breachFlaggedAt,
            String breachReason) {

        public boolean atRisk() {
            return "RUNNING".equals(state) && warnedPercent > 0;
        }
    }

    /** The board: counts and, where the scope allows rows, the rows (breached first, then the nearest deadlines). */
    public record Board(ClockCounts counts, List<Row> rows, boolean rowsVisible, Instant now) {}

    /** An escalation addressed to roles within an organisation unit. */
    public record Escalation(
            long id,
            UUID clockId,
            CaseRef caseRef,
            String standardCode,
            long orgUnitId,
            String roles,
            Instant createdAt,
            boolean acknowledged) {}

    public Board board(DataScope scope, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scopes.where(scope, filter, params);
        ClockCounts counts = counts(where, params);
        boolean rowsVisible = scope.seesRecords();
        List<Row> rows = new ArrayList<>();
        if (rowsVisible) {
            params.put("limit", ROWS);
            rows = jdbc.sql("""
              select id, insurer_id, case_type, case_id, standard_code, org_unit_id, org_path, assignee_id, state, started_at, deadline,
                warned_percent, breach_flagged_at, breach_ack_reason
              from service_clock
              where (state in ('RUNNING', 'PAUSED') or (state = 'BREACHED' and (stopped_at is null or breach_ack_at is null)))
                and
              """ + where + """
               order by case when state = 'BREACHED' then 0 when warned_percent > 0 then 1 else 2 end, deadline
              limit :limit
              """)
                    .params(params)
                    .query((rs, n) -> {
                        long assignee = rs.getLong("assignee_id");
                        Long assigneeId = rs.wasNull() ? null : assignee;
                        return new Row(
                                rs.getObject("id", UUID.class),
                                ClockRepository.caseRef(rs),
                                rs.getString("standard_code"),
                                rs.getLong("org_unit_id"),
                                rs.getString("org_path"),
                                assigneeId,
                                rs.getString("state"),
                                ClockRepository.instant(rs, "started_at"),
                                ClockRepository.instant(rs, "deadline"),
                                rs.getInt("warned_percent"),
                                ClockRepository.instant(rs, "breach_flagged_at"),
                                rs.getString("breach_ack_reason"));
                    })
                    .list();
        }
        return new Board(counts, rows, rowsVisible, clock.instant());
    }

    /** The figures of the board alone, for dashboards. */
    public ClockCounts counts(DataScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        return counts(scopes.where(scope, new Filter(null, null, null), params), params);
    }

    private ClockCounts counts(String where, Map<String, Object> params) {
        return jdbc.sql("""
            select count(*) filter (where state = 'RUNNING') as running,
                   count(*) filter (where state = 'RUNNING' and warned_percent > 0) as at_risk,
                   count(*) filter (where state = 'PAUSED') as paused,
                   count(*) filter (where state = 'BREACHED' and stopped_at is null) as breached_open,
                   count(*) filter (where state = 'BREACHED' and breach_ack_at is null) as breached_unack
            from service_clock
            where state in ('RUNNING', 'PAUSED', 'BREACHED') and
            """ + where)
                .params(params)
                .query((rs, n) -> new ClockCounts(
                        rs.getLong("running"),
                        rs.getLong("at_risk"),
                        rs.getLong("paused"),
                        rs.getLong("breached_open"),
                        rs.getLong("breached_unack")))
                .single();
    }

    public List<Escalation> escalations(DataScope scope, int limit) {
        if (!scope.seesRecords()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scopes.where(scope, new Filter(null, null, null), params, "c.");
        params.put("limit", limit);
        return jdbc.sql("""
            select e.id, e.clock_id, c.insurer_id, c.case_type, c.case_id, c.standard_code, e.org_unit_id, e.roles, e.created_at,
              c.breach_ack_at is not null as acknowledged
            from service_clock_escalation e join service_clock c on c.id = e.clock_id
            where
            """ + where + " order by e.created_at desc limit :limit")
                .params(params)
                .query((rs, n) -> new Escalation(
                        rs.getLong("id"),
                        rs.getObject("clock_id", UUID.class),
                        ClockRepository.caseRef(rs),
                        rs.getString("standard_code"),
                        rs.getLong("org_unit_id"),
                        rs.getString("roles"),
                        ClockRepository.instant(rs, "created_at"),
                        rs.getBoolean("acknowledged")))
                .list();
    }
}
