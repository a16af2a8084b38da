package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.calendar.PausedDays;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.clock.domain.BreachAcknowledgement;
import io.shixiao.servicelevel.clock.domain.ClockOwner;
import io.shixiao.servicelevel.clock.domain.ClockPeriod;
import io.shixiao.servicelevel.clock.domain.Extension;
import io.shixiao.servicelevel.clock.domain.PausedInterval;
import io.shixiao.servicelevel.clock.domain.ServiceClock;
import io.shixiao.servicelevel.clock.domain.TimelineEntry;
import io.shixiao.shared.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves clocks with their pauses, extensions and timeline; the row's version guards updates. */
@Repository
class ClockRepository {

    private static final String COLUMNS = """
            id, insurer_id, case_type, case_id, standard_code, standard_version, binds_step, cycle, org_unit_id,
            org_path, assignee_id, started_at, anchor_at, period_amount, period_unit, calendar_id, roll_rest_day,
            end_at_close, counted_back, paused_days, deadline, state, paused_since, pause_reason, warning_percents, warned_percent,
            escalation_roles, breach_flagged_at, breach_ack_reason, breach_ack_by, breach_ack_at, stopped_at,
            late_stop, version
            """;

    private final JdbcClient jdbc;

    ClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceClock> findById(UUID id) {
        return load("select " + COLUMNS + " from service_clock where id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    /** The case's clocks, locked for the rest of the transaction so that its milestones act one after another. */
    List<ServiceClock> lockCase(CaseRef ref) {
        return load(
                "select " + COLUMNS + " from service_clock where insurer_id = :insurer and case_type = :type"
                        + " and case_id = :id order by standard_code, cycle for update",
                caseParams(ref));
    }

    List<ServiceClock> findByCase(CaseRef ref) {
        return load(
                "select " + COLUMNS + " from service_clock where insurer_id = :insurer and case_type = :type"
                        + " and case_id = :id order by deadline, standard_code, cycle",
                caseParams(ref));
    }

    /** The clocks of many cases of one type at once, for lists with deadline badges. */
    List<ServiceClock> findByCases(CaseType type, Collection<CaseRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Set<CaseRef> wanted = Set.copyOf(refs);
        return load(
                        "select " + COLUMNS + " from service_clock where case_type = :type and case_id in (:ids)"
                                + " and insurer_id in (:insurers) order by deadline",
                        Map.of(
                                "type",
                                type.name(),
                                "ids",
                                wanted.stream().map(CaseRef::id).collect(Collectors.toSet()),
                                "insurers",
                                wanted.stream().map(CaseRef::insurerId).collect(Collectors.toSet())))
                .stream()
                .filter(clock -> wanted.contains(clock.caseRef()))
                .toList();
    }

    /** Clocks by id, locked, skipping those another node holds. */
    List<ServiceClock> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(
                "select " + COLUMNS + " from service_clock where id in (:ids) for update skip locked",
                Map.of("ids", ids));
    }

    /** Clocks by id, locked, waiting for any other transaction that holds one. */
    List<ServiceClock> lockForUpdate(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(
                "select " + COLUMNS + " from service_clock where id in (:ids) order by id for update",
                Map.of("ids", ids));
    }

    void insert(ServiceClock clock, String actor) {
        jdbc.sql("""
                insert into service_clock (id, insurer_id, case_type, case_id, standard_code, standard_version, binds_step,
                  cycle, org_unit_id, org_path, assignee_id, started_at, anchor_at, period_amount, period_unit, calendar_id,
                  roll_rest_day, end_at_close, counted_back, paused_days, deadline, state, paused_since, pause_reason, warning_percents,
                  warned_percent, next_warning_at, escalation_roles, breach_flagged_at, stopped_at, late_stop,
                  elapsed_seconds, version)
                values (:id, :insurer, :caseType, :caseId, :standard, :standardVersion, :step, :cycle, :orgUnit, :orgPath,
                  :assignee, :startedAt, :anchor, :amount, :unit, :calendar, :roll, :close, :countedBack, :pausedDays, :deadline, :state,
                  :pausedSince, :pauseReason, :warningPercents, :warned, :nextWarning, :escalation, :breachFlagged,
                  :stopped, :lateStop, :elapsed, 0)
                """)
                .param("id", clock.id())
                .param("insurer", clock.caseRef().insurerId())
                .param("caseType", clock.caseRef().type().name())
                .param("caseId", clock.caseRef().id())
                .param("standard", clock.standardCode())
                .param("standardVersion", java.sql.Date.valueOf(clock.standardVersion()))
                .param("step", clock.step())
                .param("cycle", clock.cycle())
                .param("orgUnit", clock.owner().orgUnitId())
                .param("orgPath", clock.owner().orgPath())
                .param("assignee", clock.owner().assigneeId())
                .param("startedAt", ts(clock.startedAt()))
                .param("anchor", ts(clock.anchor()))
                .param("amount", clock.period().amount())
                .param("unit", clock.period().unit().name())
                .param("calendar", clock.period().calendarId())
                .param("roll", clock.period().rollRestDay())
                .param("close", clock.period().endAtCloseOfBusiness())
                .param("countedBack", clock.period().countedBack())
                .param("pausedDays", clock.period().pausedDays().name())
                .param("deadline", ts(clock.deadline()))
                .param("state", clock.state().name())
                .param("pausedSince", ts(clock.pausedSince()))
                .param("pauseReason", clock.pauseReason())
                .param(
                        "warningPercents",
                        clock.warningPercents().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("warned", clock.warnedPercent())
                .param("nextWarning", clock.state() == ClockState.RUNNING ? ts(clock.nextWarningAt()) : null)
                .param("escalation", joinRoles(clock.escalationRoles()))
                .param("breachFlagged", ts(clock.breachFlaggedAt()))
                .param("stopped", ts(clock.stoppedAt()))
                .param("lateStop", clock.lateStop())
                .param(
                        "elapsed",
                        clock.stoppedAt() == null
                                ? null
                                : clock.elapsed(clock.stoppedAt()).toSeconds())
                .update();
        saveChildren(clock, actor);
    }

    void update(ServiceClock clock, String actor) {
        int updated = jdbc.sql("""
                update service_clock set started_at = :startedAt, deadline = :deadline, state = :state,
                  org_unit_id = :orgUnit, org_path = :orgPath, assignee_id = :assignee,
                  paused_since = :pausedSince, pause_reason = :pauseReason, warned_percent = :warned,
                  next_warning_at = :nextWarning, breach_flagged_at = :breachFlagged, breach_ack_reason = :ackReason,
                  breach_ack_by = :ackBy, breach_ack_at = :ackAt, stopped_at = :stopped, late_stop = :lateStop,
                  elapsed_seconds = :elapsed, version = version + 1
                where id = :id and version = :version
                """)
                .param("id", clock.id())
                .param("version", clock.version())
                .param("startedAt", ts(clock.startedAt()))
                .param("deadline", ts(clock.deadline()))
                .param("state", clock.state().name())
                .param("orgUnit", clock.owner().orgUnitId())
                .param("orgPath", clock.owner().orgPath())
                .param("assignee", clock.owner().assigneeId())
                .param("pausedSince", ts(clock.pausedSince()))
                .param("pauseReason", clock.pauseReason())
                .param("warned", clock.warnedPercent())
                .param("nextWarning", clock.state() == ClockState.RUNNING ? ts(clock.nextWarningAt()) : null)
                .param("breachFlagged", ts(clock.breachFlaggedAt()))
                .param(
                        "ackReason",
                        clock.acknowledgement() == null
                                ? null
                                : clock.acknowledgement().reason())
                .param(
                        "ackBy",
                        clock.acknowledgement() == null
                                ? null
                                : clock.acknowledgement().by())
                .param(
                        "ackAt",
                        clock.acknowledgement() == null
                                ? null
                                : ts(clock.acknowledgement().at()))
                .param("stopped", ts(clock.stoppedAt()))
                .param("lateStop", clock.lateStop())
                .param(
                        "elapsed",
                        clock.stoppedAt() == null
                                ? null
                                : clock.elapsed(clock.stoppedAt()).toSeconds())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "Clock " + clock.id() + " was changed since version " + clock.version() + " was read");
        }
        jdbc.sql("delete from service_clock_pause where clock_id = :id")
                .param("id", clock.id())
                .update();
        jdbc.sql("delete from service_clock_extension where clock_id = :id")
                .param("id", clock.id())
                .update();
        saveChildren(clock, actor);
    }

    List<TimelineEntry> timeline(UUID clockId) {
        return jdbc.sql(
                        "select occurred_at, kind, detail, actor from service_clock_event_log where clock_id = :id order by id")
                .param("id", clockId)
                .query((rs, n) -> new TimelineEntry(
                        instant(rs, "occurred_at"),
                        rs.getString("kind"),
                        rs.getString("detail"),
                        rs.getString("actor")))
                .list();
    }

    void insertEscalation(ServiceClock clock, Set<Role> roles, Instant at) {
        jdbc.sql("""
                insert into service_clock_escalation (clock_id, insurer_id, org_unit_id, org_path, roles, created_at)
                values (:id, :insurer, :orgUnit, :orgPath, :roles, :at) on conflict (clock_id) do nothing
                """)
                .param("id", clock.id())
                .param("insurer", clock.caseRef().insurerId())
                .param("orgUnit", clock.owner().orgUnitId())
                .param("orgPath", clock.owner().orgPath())
                .param("roles", joinRoles(roles))
                .param("at", ts(at))
                .update();
    }

    private void saveChildren(ServiceClock clock, String actor) {
        for (PausedInterval pause : clock.pauses()) {
            jdbc.sql(
                            "insert into service_clock_pause (clock_id, paused_from, paused_to, reason) values (:id, :from, :to, :reason)")
                    .param("id", clock.id())
                    .param("from", ts(pause.from()))
                    .param("to", ts(pause.to()))
                    .param("reason", pause.reason())
                    .update();
        }
        for (Extension extension : clock.extensions()) {
            jdbc.sql("""
                    insert into service_clock_extension (clock_id, step, amount, unit, previous_deadline, new_deadline,
                      approver, reason, customer_notified_at, granted_at)
                    values (:id, :step, :amount, :unit, :previous, :next, :approver, :reason, :notified, :granted)
                    """)
                    .param("id", clock.id())
                    .param("step", extension.step())
                    .param("amount", extension.amount())
                    .param(
                            "unit",
                            extension.unit() == null
                                    ? clock.period().unit().name()
                                    : extension.unit().name())
                    .param("previous", ts(extension.previousDeadline()))
                    .param("next", ts(extension.newDeadline()))
                    .param("approver", extension.approver())
                    .param("reason", extension.reason())
                    .param("notified", ts(extension.customerNotifiedAt()))
                    .param("granted", ts(extension.grantedAt()))
                    .update();
        }
        for (TimelineEntry entry : clock.drainTimeline()) {
            jdbc.sql(
                            "insert into service_clock_event_log (clock_id, occurred_at, kind, detail, actor) values (:id, :at, :kind, :detail, :actor)")
                    .param("id", clock.id())
                    .param("at", ts(entry.at()))
                    .param("kind", entry.kind())
                    .param("detail", abbreviate(entry.detail()))
                    .param("actor", actor)
                    .update();
        }
    }

    private List<ServiceClock> load(String sql, Map<String, ?> params) {
        List<ServiceClock.Stored> rows =
                jdbc.sql(sql).params(params).query(ClockRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(ServiceClock.Stored::id).toList();
        Map<UUID, List<PausedInterval>> pauses = new HashMap<>();
        jdbc.sql(
                        "select clock_id, paused_from, paused_to, reason from service_clock_pause where clock_id in (:ids) order by paused_from")
                .param("ids", ids)
                .query(rs -> {
                    pauses.computeIfAbsent(rs.getObject("clock_id", UUID.class), k -> new ArrayList<>())
                            .add(new PausedInterval(
                                    instant(rs, "paused_from"), instant(rs, "paused_to"), rs.getString("reason")));
                });
        Map<UUID, List<Extension>> extensions = new HashMap<>();
        jdbc.sql("""
                select clock_id, step, amount, unit, previous_deadline, new_deadline, approver, reason, customer_notified_at,
                  granted_at from service_clock_extension where clock_id in (:ids) order by step
                """).param("ids", ids).query(rs -> {
            extensions
                    .computeIfAbsent(rs.getObject("clock_id", UUID.class), k -> new ArrayList<>())
                    .add(new Extension(
                            rs.getInt("step"),
                            rs.getLong("amount"),
                            PeriodUnit.valueOf(rs.getString("unit")),
                            instant(rs, "previous_deadline"),
                            instant(rs, "new_deadline"),
                            rs.getString("approver"),
                            rs.getString("reason"),
                            instant(rs, "customer_notified_at"),
                            instant(rs, "granted_at")));
        });
        return rows.stream()
                .map(r -> ServiceClock.restore(withChildren(
                        r, pauses.getOrDefault(r.id(), List.of()), extensions.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    private static ServiceClock.Stored withChildren(
            ServiceClock.Stored r, List<PausedInterval> pauses, List<Extension> extensions) {
        return new ServiceClock.Stored(
                r.id(),
                r.caseRef(),
                r.standardCode(),
                r.standardVersion(),
                r.step(),
                r.cycle(),
                r.owner(),
                r.period(),
                r.anchor(),
                r.warningPercents(),
                r.escalationRoles(),
                r.startedAt(),
                r.deadline(),
                r.state(),
                r.pausedSince(),
                r.pauseReason(),
                pauses,
                extensions,
                r.warnedPercent(),
                r.breachFlaggedAt(),
                r.acknowledgement(),
                r.stoppedAt(),
                r.lateStop(),
                r.version());
    }

    private static ServiceClock.Stored row(ResultSet rs, int rowNum) throws SQLException {
        long assignee = rs.getLong("assignee_id");
        Long assigneeId = rs.wasNull() ? null : assignee;
        String ackReason = rs.getString("breach_ack_reason");
        return new ServiceClock.Stored(
                rs.getObject("id", UUID.class),
                caseRef(rs),
                rs.getString("standard_code"),
                rs.getDate("standard_version").toLocalDate(),
                rs.getString("binds_step"),
                rs.getInt("cycle"),
                new ClockOwner(rs.getLong("org_unit_id"), rs.getString("org_path"), assigneeId),
                new ClockPeriod(
                        rs.getLong("period_amount"),
                        PeriodUnit.valueOf(rs.getString("period_unit")),
                        rs.getString("calendar_id"),
                        rs.getBoolean("roll_rest_day"),
                        rs.getBoolean("end_at_close"),
                        rs.getBoolean("counted_back"),
                        PausedDays.valueOf(rs.getString("paused_days"))),
                instant(rs, "anchor_at"),
                split(rs.getString("warning_percents")).stream()
                        .map(Integer::valueOf)
                        .toList(),
                roles(rs.getString("escalation_roles")),
                instant(rs, "started_at"),
                instant(rs, "deadline"),
                ClockState.valueOf(rs.getString("state")),
                instant(rs, "paused_since"),
                rs.getString("pause_reason"),
                List.of(),
                List.of(),
                rs.getInt("warned_percent"),
                instant(rs, "breach_flagged_at"),
                ackReason == null
                        ? null
                        : new BreachAcknowledgement(
                                ackReason, rs.getString("breach_ack_by"), instant(rs, "breach_ack_at")),
                instant(rs, "stopped_at"),
                rs.getBoolean("late_stop"),
                rs.getInt("version"));
    }

    /** The case a row of {@code service_clock} (or a table with the same columns) belongs to. */
    static CaseRef caseRef(ResultSet rs) throws SQLException {
        return new CaseRef(
                CaseType.valueOf(rs.getString("case_type")), rs.getLong("insurer_id"), rs.getString("case_id"));
    }

    static Set<Role> roles(String joined) {
        Set<Role> roles = new LinkedHashSet<>();
        split(joined).forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    static String joinRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(String::trim).toList();
    }

    private static Map<String, Object> caseParams(CaseRef ref) {
        return Map.of("insurer", ref.insurerId(), "type", ref.type().name(), "id", ref.id());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
