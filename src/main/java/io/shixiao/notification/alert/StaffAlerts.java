package io.shixiao.notification.alert;

import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts and who sees them. A user sees an alert addressed to one of their roles whose unit lies in
 * their organisation subtree (an insurer-wide alert: anywhere in their insurer); an association user the
 * alerts of their association; the platform administrator the alerts addressed to administrators. Nobody
 * sees another insurer's alerts.
 */
@Service
public class StaffAlerts {

    /** The most alerts one inbox page shows. */
    public static final int LIMIT = 200;

    private static final String COLUMNS =
            "a.id, a.kind, a.title, a.detail, a.link, a.roles, a.assignee_staff_id, a.due_at, a.created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the alert once per dedupe key; whether it was new. */
    @Transactional
    boolean add(NewAlert alert) {
        return jdbc.sql("""
                        insert into staff_alert (kind, dedupe_key, insurer_id, org_path, association_id, roles,
                          assignee_staff_id, title, detail, link, due_at, created_at)
                        values (:kind, :key, :insurer, :path, :association, cast(:roles as varchar[]), :assignee, :title,
                          :detail, :link, :due, :now)
                        on conflict (dedupe_key) do nothing""")
                        .param("kind", alert.kind().name())
                        .param("key", alert.dedupeKey())
                        .param("insurer", alert.insurerId())
                        .param("path", alert.orgPath())
                        .param("association", alert.associationId())
                        .param(
                                "roles",
                                "{"
                                        + alert.roles().stream()
                                                .map(Role::name)
                                                .sorted()
                                                .collect(Collectors.joining(","))
                                        + "}")
                        .param("assignee", alert.assigneeStaffId())
                        .param("title", cut(alert.title(), 200))
                        .param("detail", cut(alert.detail(), 500))
                        .param("link", alert.link())
                        .param("due", alert.dueAt() == null ? null : Timestamp.from(alert.dueAt()))
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }

    /** The user's alerts, latest first. */
    public List<AlertView> inbox(ScopedUser user, boolean unreadOnly) {
        Map<String, Object> params = new HashMap<>();
        String where = addressedTo(user, params);
        if (unreadOnly) {
            where += " and not exists (select 1 from staff_alert_read r where r.alert_id = a.id"
                    + " and r.account_id = :account)";
        }
        params.put("account", user.accountId());
        params.put("limit", LIMIT);
        return jdbc.sql("select " + COLUMNS + ", exists (select 1 from staff_alert_read r where r.alert_id = a.id"
                        + " and r.account_id = :account) as is_read from staff_alert a where " + where
                        + " order by a.created_at desc, a.id desc limit :limit")
                .params(params)
                .query(StaffAlerts::row)
                .list();
    }

    /** How many of the user's alerts they have not read. */
    public long unread(ScopedUser user) {
        Map<String, Object> params = new HashMap<>();
        String where = addressedTo(user, params);
        params.put("account", user.accountId());
        return jdbc.sql("select count(*) from staff_alert a where " + where
                        + " and not exists (select 1 from staff_alert_read r where r.alert_id = a.id"
                        + " and r.account_id = :account)")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's alerts read; another's answers 404. */
    @Transactional
    public void markRead(ScopedUser user, long alertId) {
        Map<String, Object> params = new HashMap<>();
        String where = addressedTo(user, params);
        params.put("id", alertId);
        boolean mine = jdbc.sql("select count(*) from staff_alert a where a.id = :id and " + where)
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
        if (!mine) {
            throw new NotFoundException("Alert", alertId);
        }
        jdbc.sql("""
                        insert into staff_alert_read (alert_id, account_id, read_at) values (:id, :account, :now)
                        on conflict do nothing""")
                .param("id", alertId)
                .param("account", user.accountId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static String addressedTo(ScopedUser user, Map<String, Object> params) {
        String[] roles = user.roles().stream().map(Role::name).toArray(String[]::new);
        params.put("userRoles", "{" + String.join(",", roles) + "}");
        String roleMatch = "a.roles && cast(:userRoles as varchar[])";
        var scope = user.dataScope();
        return switch (scope.reach()) {
            case PLATFORM -> roleMatch + " and a.insurer_id is null and a.association_id is null";
            case ORGANISATION_SUBTREE -> {
                params.put("scopeInsurerId", scope.insurerId());
                params.put("scopePath", io.shixiao.shared.security.ScopeSql.likePrefix(scope.orgPath()));
                yield roleMatch + " and a.insurer_id = :scopeInsurerId"
                        + " and (a.org_path is null or a.org_path like :scopePath)";
            }
            case ASSOCIATION_AGGREGATES -> {
                params.put("scopeAssociationId", scope.associationId());
                yield roleMatch + " and a.association_id = :scopeAssociationId";
            }
            case COUNTY, VILLAGES -> "false";
        };
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static AlertView row(ResultSet rs, int rowNum) throws SQLException {
        Array roles = rs.getArray("roles");
        Timestamp due = rs.getTimestamp("due_at");
        return new AlertView(
                rs.getLong("id"),
                AlertKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getString("link"),
                Arrays.asList((String[]) roles.getArray()),
                rs.getObject("assignee_staff_id", Long.class),
                due == null ? null : due.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("is_read"));
    }
}
