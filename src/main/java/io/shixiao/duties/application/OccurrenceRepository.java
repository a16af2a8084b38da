package io.shixiao.duties.application;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.catalog.DutyPeriod;
import io.shixiao.duties.domain.Completion;
import io.shixiao.duties.domain.DutyOccurrence;
import io.shixiao.duties.domain.DutyStatus;
import io.shixiao.servicelevel.DayPeriodEnd;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The occurrences in PostgreSQL; every listing is cut to a data scope. */
@Repository
class OccurrenceRepository {

    private static final String COLUMNS = """
            o.id, o.duty_code, o.owner_type, o.owner_id, o.owner_name, o.insurer_id, o.org_path, o.county_code,
            o.period_start, o.period_end, o.due_day, o.due_at, o.due_provisional, o.optional, o.status, o.overdue_at,
            o.performed_on, o.evidence, o.note, o.completed_by, o.completed_at, o.version""";

    private final JdbcClient jdbc;

    OccurrenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the occurrence unless the owner already has one for the period; whether it was added. */
    boolean addIfAbsent(
            String dutyCode, DutyOwner owner, DutyPeriod period, DayPeriodEnd due, boolean optional, Instant now) {
        return jdbc.sql("""
                        insert into duty_occurrence (duty_code, owner_type, owner_id, owner_name, insurer_id, org_path,
                          county_code, period_start, period_end, due_day, due_at, due_provisional, optional, status,
                          created_at)
                        values (:duty, :ownerType, :ownerId, :ownerName, :insurerId, :orgPath, :county, :start, :end,
                          :dueDay, :dueAt, :provisional, :optional, 'OPEN', :now)
                        on conflict on constraint duty_occurrence_once_per_period do nothing""")
                        .param("duty", dutyCode)
                        .param("ownerType", owner.type().name())
                        .param("ownerId", owner.id())
                        .param("ownerName", owner.name())
                        .param("insurerId", owner.insurerId())
                        .param("orgPath", owner.orgPath())
                        .param("county", owner.countyCode())
                        .param("start", Date.valueOf(period.start()))
                        .param("end", Date.valueOf(period.end()))
                        .param("dueDay", Date.valueOf(due.lastDay()))
                        .param("dueAt", Timestamp.from(due.end()))
                        .param("provisional", due.provisional())
                        .param("optional", optional)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    /** Open occurrences due by {@code now}, locked for this transaction; rows another node holds are skipped. */
    List<Long> claimDue(Instant now, int batch) {
        return jdbc.sql("""
                        select id from duty_occurrence where status = 'OPEN' and due_at <= :now
                         order by due_at limit :batch for update skip locked""")
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .query(Long.class)
                .list();
    }

    Optional<DutyOccurrence> find(long id) {
        return view(id).map(OccurrenceRepository::occurrence);
    }

    Optional<OccurrenceView> view(long id) {
        return jdbc.sql("select " + COLUMNS + " from duty_occurrence o where o.id = :id")
                .param("id", id)
                .query(OccurrenceRepository::row)
                .optional();
    }

    /** Writes the occurrence's state if nobody changed it since it was read. */
    void save(DutyOccurrence occurrence) {
        Completion done = occurrence.completion();
        int rows = jdbc.sql("""
                        update duty_occurrence set status = :status, overdue_at = :overdueAt, performed_on = :performedOn,
                          evidence = :evidence, note = :note, completed_by = :completedBy, completed_at = :completedAt,
                          version = version + 1
                         where id = :id and version = :version""")
                .param("status", occurrence.status().name())
                .param("overdueAt", timestamp(occurrence.overdueAt()))
                .param("performedOn", done == null ? null : Date.valueOf(done.performedOn()))
                .param("evidence", done == null ? null : done.evidence())
                .param("note", done == null ? null : done.note())
                .param("completedBy", done == null ? null : done.recordedBy())
                .param("completedAt", done == null ? null : Timestamp.from(done.recordedAt()))
                .param("id", occurrence.id())
                .param("version", occurrence.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException(
                    "occurrence " + occurrence.id() + " changed since version " + occurrence.version());
        }
    }

    /** The occurrences visible in {@code scope}, latest periods first, at most {@code limit}. */
    List<OccurrenceView> list(DataScope scope, OccurrenceFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = visibleIn(scope, params);
        if (filter.dutyCode() != null) {
            where += " and o.duty_code = :duty";
            params.put("duty", filter.dutyCode());
        }
        if (filter.status() != null) {
            where += " and o.status = :status";
            params.put("status", filter.status().name());
        }
        if (filter.from() != null) {
            where += " and o.period_end >= :from";
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where += " and o.period_start <= :to";
            params.put("to", Date.valueOf(filter.to()));
        }
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from duty_occurrence o where " + where
                        + " order by o.period_start desc, o.duty_code, o.owner_name, o.id limit :limit")
                .params(params)
                .query(OccurrenceRepository::row)
                .list();
    }

    /** Whether the occurrence is visible in {@code scope}. */
    boolean visible(long id, DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = visibleIn(scope, params);
        params.put("id", id);
        return jdbc.sql("select count(*) from duty_occurrence o where o.id = :id and " + where)
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Insurer staff see their insurer's insurer-wide duties and their subtree's units' duties; an
     * association its own; a county authority the schemes it oversees; the platform everything.
     */
    private static String visibleIn(DataScope scope, Map<String, Object> params) {
        return switch (scope.reach()) {
            case PLATFORM -> "true";
            case ORGANISATION_SUBTREE -> {
                ScopeSql units = ScopeSql.over("o.insurer_id", "o.org_path", scope);
                params.putAll(units.params());
                yield "((o.owner_type = 'INSURER' and o.insurer_id = :scopeInsurerId) or (o.owner_type = 'BRANCH' and "
                        + units.predicate() + "))";
            }
            case ASSOCIATION_AGGREGATES -> {
                params.put("scopeAssociationId", scope.associationId());
                yield "o.owner_type = 'ASSOCIATION' and o.owner_id = :scopeAssociationId";
            }
            case COUNTY -> {
                params.put("scopeCounty", scope.divisionCode());
                yield "o.owner_type = 'SCHEME' and o.county_code = :scopeCounty";
            }
            case VILLAGES -> "false";
        };
    }

    private static DutyOccurrence occurrence(OccurrenceView v) {
        Completion done =
                v.evidence() == null || v.completedAt() == null || v.performedOn() == null || v.completedBy() == null
                        ? null
                        : new Completion(v.performedOn(), v.evidence(), v.note(), v.completedBy(), v.completedAt());
        return new DutyOccurrence(
                v.id(),
                v.dutyCode(),
                v.ownerType(),
                v.ownerId(),
                v.periodStart(),
                v.periodEnd(),
                v.dueAt(),
                v.optional(),
                v.status(),
                v.overdueAt(),
                done,
                v.version());
    }

    private static OccurrenceView row(ResultSet rs, int rowNum) throws SQLException {
        return new OccurrenceView(
                rs.getLong("id"),
                rs.getString("duty_code"),
                DutyOwnerType.valueOf(rs.getString("owner_type")),
                rs.getLong("owner_id"),
                rs.getString("owner_name"),
                rs.getObject("insurer_id", Long.class),
                rs.getString("org_path"),
                rs.getString("county_code"),
                rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(),
                rs.getDate("due_day").toLocalDate(),
                rs.getTimestamp("due_at").toInstant(),
                rs.getBoolean("due_provisional"),
                rs.getBoolean("optional"),
                DutyStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("overdue_at")),
                date(rs.getDate("performed_on")),
                rs.getString("evidence"),
                rs.getString("note"),
                rs.getString("completed_by"),
                instant(rs.getTimestamp("completed_at")),
                rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable LocalDate date(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
