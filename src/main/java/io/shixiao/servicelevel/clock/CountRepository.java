package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.clock.domain.ClockOwner;
import io.shixiao.servicelevel.clock.domain.ServiceCount;
import io.shixiao.servicelevel.standard.CountLimit;
import io.shixiao.shared.security.Role;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves count rules on cases with their occurrences; the row's version guards updates. */
@Repository
class CountRepository {

    private static final String COLUMNS = """
            id, insurer_id, case_type, case_id, standard_code, standard_version, binds_step, org_unit_id, org_path,
            assignee_id, counted_milestone, maximum, beyond, counted, justified, state, started_at, exceeded_at,
            stopped_at, version
            """;

    private final JdbcClient jdbc;

    CountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's counts, locked for the rest of the transaction. */
    List<ServiceCount> lockCase(CaseRef ref) {
        return jdbc.sql("select " + COLUMNS + " from service_count where insurer_id = :insurer and case_type = :type"
                        + " and case_id = :id order by standard_code for update")
                .params(Map.of("insurer", ref.insurerId(), "type", ref.type().name(), "id", ref.id()))
                .query(CountRepository::row)
                .list();
    }

    List<ServiceCount> findByCase(CaseRef ref) {
        return jdbc.sql("select " + COLUMNS + " from service_count where insurer_id = :insurer and case_type = :type"
                        + " and case_id = :id order by standard_code")
                .params(Map.of("insurer", ref.insurerId(), "type", ref.type().name(), "id", ref.id()))
                .query(CountRepository::row)
                .list();
    }

    void insert(ServiceCount count, Set<Role> escalation, String actor) {
        jdbc.sql("""
                insert into service_count (id, insurer_id, case_type, case_id, standard_code, standard_version, binds_step,
                  org_unit_id, org_path, assignee_id, counted_milestone, maximum, beyond, counted, justified, state,
                  started_at, exceeded_at, stopped_at, escalation_roles, version)
                values (:id, :insurer, :type, :caseId, :standard, :standardVersion, :step, :orgUnit, :orgPath, :assignee,
                  :counted, :maximum, :beyond, :count, :justified, :state, :startedAt, :exceededAt, :stoppedAt,
                  :escalation, 0)
                """)
                .param("id", count.id())
                .param("insurer", count.caseRef().insurerId())
                .param("type", count.caseRef().type().name())
                .param("caseId", count.caseRef().id())
                .param("standard", count.standardCode())
                .param("standardVersion", Date.valueOf(count.standardVersion()))
                .param("step", count.step())
                .param("orgUnit", count.owner().orgUnitId())
                .param("orgPath", count.owner().orgPath())
                .param("assignee", count.owner().assigneeId())
                .param("counted", count.limit().counted().name())
                .param("maximum", count.limit().maximum())
                .param("beyond", count.limit().beyond().name())
                .param("count", count.counted())
                .param("justified", count.justified())
                .param("state", count.state().name())
                .param("startedAt", ClockRepository.ts(count.startedAt()))
                .param("exceededAt", ClockRepository.ts(count.exceededAt()))
                .param("stoppedAt", ClockRepository.ts(count.stoppedAt()))
                .param("escalation", ClockRepository.joinRoles(escalation))
                .update();
        saveOccurrences(count, actor);
    }

    void update(ServiceCount count, String actor) {
        int rows = jdbc.sql("""
                update service_count set counted = :count, justified = :justified, state = :state,
                  exceeded_at = :exceededAt, stopped_at = :stoppedAt, version = version + 1
                where id = :id and version = :version
                """)
                .param("id", count.id())
                .param("version", count.version())
                .param("count", count.counted())
                .param("justified", count.justified())
                .param("state", count.state().name())
                .param("exceededAt", ClockRepository.ts(count.exceededAt()))
                .param("stoppedAt", ClockRepository.ts(count.stoppedAt()))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(
                    "Count " + count.id() + " was changed since version " + count.version() + " was read");
        }
        saveOccurrences(count, actor);
    }

    private void saveOccurrences(ServiceCount count, String actor) {
        for (ServiceCount.Occurrence occurrence : count.drainOccurrences()) {
            jdbc.sql("""
                    insert into service_count_occurrence (count_id, number, occurred_at, reason, beyond_limit, recorded_by)
                    values (:id, :number, :at, :reason, :beyond, :actor)
                    """)
                    .param("id", count.id())
                    .param("number", occurrence.number())
                    .param("at", ClockRepository.ts(occurrence.at()))
                    .param("reason", occurrence.reason())
                    .param("beyond", occurrence.beyondLimit())
                    .param("actor", actor)
                    .update();
        }
    }

    private static ServiceCount row(ResultSet rs, int n) throws SQLException {
        long assignee = rs.getLong("assignee_id");
        Long assigneeId = rs.wasNull() ? null : assignee;
        return ServiceCount.restore(new ServiceCount.Stored(
                rs.getObject("id", UUID.class),
                ClockRepository.caseRef(rs),
                rs.getString("standard_code"),
                rs.getDate("standard_version").toLocalDate(),
                rs.getString("binds_step"),
                new ClockOwner(rs.getLong("org_unit_id"), rs.getString("org_path"), assigneeId),
                new CountLimit(
                        Milestone.valueOf(rs.getString("counted_milestone")),
                        rs.getInt("maximum"),
                        CountLimit.Beyond.valueOf(rs.getString("beyond"))),
                rs.getInt("counted"),
                rs.getInt("justified"),
                ServiceCount.State.valueOf(rs.getString("state")),
                ClockRepository.instant(rs, "started_at"),
                ClockRepository.instant(rs, "exceeded_at"),
                ClockRepository.instant(rs, "stopped_at"),
                rs.getInt("version")));
    }
}
