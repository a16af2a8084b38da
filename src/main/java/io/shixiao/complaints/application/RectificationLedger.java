package io.shixiao.complaints.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.RectificationItem;
import io.shixiao.complaints.domain.RectificationStatus;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification ledger (整改台账): items a complaint's root cause opens, shared with quality inspections
 * through the API, overdue ones flagged.
 */
@Service
public class RectificationLedger {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RectificationLedger(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }

    /** Opens an item for a complaint the user sees. */
    @Transactional
    public RectificationRow open(
            ComplaintRecord complaint,
            @Nullable String problem,
            @Nullable String rootCause,
            @Nullable String owner,
            @Nullable LocalDate dueOn,
            ScopedUser user) {
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "required");
        }
        limit("problem", problem, 2000);
        limit("rootCause", rootCause, 2000);
        limit("owner", owner, 100);
        Refusals.guard(() -> RectificationItem.open(problem, rootCause, owner, dueOn, today()));
        Complaint.State s = complaint.complaint().state();
        long id = jdbc.sql("""
                        insert into rectification_item (insurer_id, org_unit_id, org_path, complaint_number, problem,
                          root_cause, owner, due_on, status, created_by, created_at)
                        values (:insurer, :unit, :path, :number, :problem, :cause, :owner, :due, 'OPEN', :by, :now)
                        returning id""")
                .param("insurer", s.insurerId())
                .param("unit", s.orgUnitId())
                .param("path", s.orgPath())
                .param("number", s.number())
                .param("problem", problem.strip())
                .param("cause", rootCause.strip())
                .param("owner", owner.strip())
                .param("due", dueOn)
                .param("by", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.recordWrite("CREATE", "rectification_item", id, "整改 " + s.number() + " 责任人 " + owner.strip());
        return find(id, user.dataScope()).orElseThrow();
    }

    /** The owner reports the result. */
    @Transactional
    public RectificationRow done(long id, @Nullable Integer version, @Nullable String result, ScopedUser user) {
        limit("result", result, 2000);
        RectificationRow row = load(id, version, user);
        RectificationItem item = new RectificationItem(row.status(), row.owner());
        Refusals.guard(() -> item.done(result));
        save(row, item.status(), ", result = :text, done_at = :now", result);
        audit.recordWrite("UPDATE", "rectification_item", id, "整改完成");
        return find(id, user.dataScope()).orElseThrow();
    }

    /** Someone other than the owner verifies the result. */
    @Transactional
    public RectificationRow verify(long id, @Nullable Integer version, @Nullable String note, ScopedUser user) {
        limit("verification", note, 2000);
        RectificationRow row = load(id, version, user);
        RectificationItem item = new RectificationItem(row.status(), row.owner());
        Refusals.guard(() -> item.verify(user.displayName(), note));
        jdbc.sql("update rectification_item set verified_by = :by where id = :id")
                .param("by", user.displayName())
                .param("id", id)
                .update();
        save(row, item.status(), ", verification = :text, verified_at = :now", note);
        audit.recordWrite("UPDATE", "rectification_item", id, "整改验证");
        return find(id, user.dataScope()).orElseThrow();
    }

    public List<RectificationRow> list(DataScope scope, boolean overdueOnly) {
        ScopeSql visible = ScopeSql.over("r.insurer_id", "r.org_path", scope);
        return jdbc.sql("select r.* from rectification_item r where " + visible.predicate()
                        + (overdueOnly ? " and r.status = 'OPEN' and r.due_on < :today" : "")
                        + " order by r.due_on limit 300")
                .params(visible.params())
                .param("today", today())
                .query(RectificationLedger::row)
                .list();
    }

    public Optional<RectificationRow> find(long id, DataScope scope) {
        ScopeSql visible = ScopeSql.over("r.insurer_id", "r.org_path", scope);
        return jdbc.sql("select r.* from rectification_item r where r.id = :id and " + visible.predicate())
                .param("id", id)
                .params(visible.params())
                .query(RectificationLedger::row)
                .optional();
    }

    private RectificationRow load(long id, @Nullable Integer version, ScopedUser user) {
        RectificationRow row =
                find(id, user.dataScope()).orElseThrow(() -> new NotFoundException("Rectification item", id));
        if (version != null && version != row.version()) {
            throw new OptimisticLockingFailureException("Rectification item " + id + " was changed; reload it");
        }
        return row;
    }

    private void save(RectificationRow row, RectificationStatus status, String extraSet, @Nullable String text) {
        int updated = jdbc.sql("update rectification_item set status = :status, version = version + 1" + extraSet
                        + " where id = :id and version = :version")
                .param("status", status.name())
                .param("text", text == null ? null : text.strip())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", row.id())
                .param("version", row.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Rectification item " + row.id() + " was changed; reload it");
        }
    }

    private static void limit(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
    }

    private static RectificationRow row(ResultSet rs, int n) throws SQLException {
        return new RectificationRow(
                rs.getLong("id"),
                rs.getString("complaint_number"),
                rs.getString("problem"),
                rs.getString("root_cause"),
                rs.getString("owner"),
                rs.getDate("due_on").toLocalDate(),
                RectificationStatus.valueOf(rs.getString("status")),
                rs.getString("result"),
                rs.getString("verified_by"),
                rs.getString("verification"),
                rs.getInt("version"));
    }
}
