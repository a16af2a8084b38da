package io.shixiao.complaints.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.Remedy;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.complaints.domain.RemedyStatus;
import io.shixiao.complaints.domain.RemedyTrigger;
import io.shixiao.servicelevel.ClockRef;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remedies (补救, 服务质量协议第五条 5.3): proposed when a complaint is upheld or a service clock of a complaint
 * or claim is breached, or by a handler; a compensation approved by a manager before it is offered; the
 * customer's acceptance or refusal recorded; carried out and followed up.
 */
@Service
public class Remedies {

    static final int TEXT_LIMIT = 2000;

    private final JdbcClient jdbc;
    private final RemedyTerms terms;
    private final AuditTrail audit;
    private final Clock clock;

    Remedies(JdbcClient jdbc, RemedyTerms terms, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    /** 投诉成立: an explanation and apology is proposed with the decision (5.3(1)). */
    void proposeForUpheldComplaint(ComplaintRecord record, String by) {
        Complaint.State s = record.complaint().state();
        insert(
                s.insurerId(),
                s.orgUnitId(),
                s.orgPath(),
                "COMPLAINT",
                s.number(),
                Remedy.propose(RemedyKind.EXPLANATION_AND_APOLOGY, "投诉成立：向投诉人说明核实情况并致歉", null, null, null),
                RemedyTrigger.UPHELD,
                null,
                null,
                by);
    }

    /**
     * A breached clock of a complaint or claim proposes, once per clock, the remedy the insurer's agreement
     * promises for that case type (5.3, {@link RemedyTerms}: which remedy, and a compensation's amount, which a
     * manager still approves before it is offered), or else priority handling with an apology (5.3(1), (3));
     * delivering the same breach twice proposes nothing more.
     */
    @Transactional
    public void proposeForBreach(ClockRef clockRef) {
        String caseType = clockRef.caseRef().type().name();
        if (!caseType.equals("COMPLAINT") && !caseType.equals("CLAIM")) {
            return;
        }
        RemedyTerms.Term term = terms.of(clockRef.caseRef().insurerId(), caseType);
        Remedy remedy = Remedy.propose(
                term.kind(),
                "超过时限（" + clockRef.standardCode() + " " + clockRef.title() + "）：" + term.description(),
                term.money(),
                null,
                null);
        Long id = insert(
                clockRef.caseRef().insurerId(),
                clockRef.orgUnitId(),
                clockRef.orgPath(),
                caseType,
                clockRef.caseRef().id(),
                remedy,
                RemedyTrigger.CLOCK_BREACHED,
                clockRef.standardCode(),
                clockRef.clockId(),
                "system");
        if (id != null) {
            audit.recordWrite(
                    "CREATE",
                    "remedy",
                    id,
                    "超时补救建议 " + clockRef.caseRef() + " " + clockRef.standardCode() + " "
                            + (term.agreed() ? "按约定 " : "默认 ") + term.kind());
        }
    }

    /** A handler proposes a remedy for a complaint they see. */
    @Transactional
    public RemedyRow propose(
            ComplaintRecord complaint,
            @Nullable RemedyKind kind,
            @Nullable String description,
            @Nullable String amount,
            @Nullable String correctiveAction,
            @Nullable LocalDate followUpDue,
            ScopedUser user) {
        if (kind == null) {
            throw new InvalidInputException("kind", "required");
        }
        text("description", description);
        text("correctiveAction", correctiveAction);
        Money money = money(amount);
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        if (followUpDue != null && followUpDue.isBefore(today)) {
            throw new InvalidInputException("followUpDue", "today or later");
        }
        Remedy remedy = Refusals.guard(() -> Remedy.propose(kind, description, money, correctiveAction, followUpDue));
        Complaint.State s = complaint.complaint().state();
        Long id = insert(
                s.insurerId(),
                s.orgUnitId(),
                s.orgPath(),
                "COMPLAINT",
                s.number(),
                remedy,
                RemedyTrigger.MANUAL,
                null,
                null,
                user.username());
        audit.recordWrite(
                "CREATE", "remedy", id, "补救 " + kind + " " + s.number() + (money == null ? "" : " " + money.display()));
        return find(id, user.dataScope()).orElseThrow();
    }

    /** A manager approves a compensation. */
    @Transactional
    public RemedyRow approve(long id, @Nullable Integer version, ScopedUser user) {
        return change(
                id, version, user, "批准补偿", remedy -> remedy.approve(), ", approved_at = :now, approved_by = :by", null);
    }

    /** The customer accepted or refused the remedy, in their words. */
    @Transactional
    public RemedyRow answer(
            long id, @Nullable Integer version, @Nullable Boolean accepted, @Nullable String note, ScopedUser user) {
        if (accepted == null) {
            throw new InvalidInputException("accepted", "required");
        }
        text("note", note);
        return change(
                id,
                version,
                user,
                accepted ? "客户接受补救" : "客户拒绝补救",
                remedy -> remedy.answered(accepted),
                ", answered_at = :now, answer_note = :note",
                note);
    }

    /** Carried out and followed up. */
    @Transactional
    public RemedyRow complete(long id, @Nullable Integer version, @Nullable String note, ScopedUser user) {
        text("followUpNote", note);
        return change(
                id,
                version,
                user,
                "补救已落实",
                remedy -> remedy.complete(note == null ? "" : note),
                ", completed_at = :now, completed_by = :by, follow_up_note = :note",
                note);
    }

    public List<RemedyRow> list(DataScope scope, @Nullable RemedyStatus status) {
        ScopeSql visible = ScopeSql.over("r.insurer_id", "r.org_path", scope);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("status", status == null ? null : status.name());
        return jdbc.sql(
                        "select r.* from remedy r where " + visible.predicate()
                                + " and (cast(:status as varchar) is null or r.status = :status) order by r.proposed_at desc limit 300")
                .params(params)
                .query(Remedies::row)
                .list();
    }

    List<RemedyRow> ofCase(String caseType, String caseNumber, DataScope scope) {
        ScopeSql visible = ScopeSql.over("r.insurer_id", "r.org_path", scope);
        return jdbc.sql("select r.* from remedy r where r.case_type = :type and r.case_number = :number and "
                        + visible.predicate() + " order by r.proposed_at")
                .param("type", caseType)
                .param("number", caseNumber)
                .params(visible.params())
                .query(Remedies::row)
                .list();
    }

    public Optional<RemedyRow> find(long id, DataScope scope) {
        ScopeSql visible = ScopeSql.over("r.insurer_id", "r.org_path", scope);
        return jdbc.sql("select r.* from remedy r where r.id = :id and " + visible.predicate())
                .param("id", id)
                .params(visible.params())
                .query(Remedies::row)
                .optional();
    }

    private interface Change {
        void apply(Remedy remedy);
    }

    private RemedyRow change(
            long id,
            @Nullable Integer version,
            ScopedUser user,
            String summary,
            Change change,
            String extraSet,
            @Nullable String note) {
        RemedyRow row = find(id, user.dataScope()).orElseThrow(() -> new NotFoundException("Remedy", id));
        if (version != null && version != row.version()) {
            throw new OptimisticLockingFailureException("Remedy " + id + " was changed by someone else; reload it");
        }
        Remedy remedy = row.aggregate();
        Refusals.guard(() -> change.apply(remedy));
        int updated = jdbc.sql("update remedy set status = :status, version = version + 1" + extraSet
                        + " where id = :id and version = :version")
                .param("status", remedy.status().name())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", user.username())
                .param("note", note == null ? null : note.strip())
                .param("id", id)
                .param("version", row.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Remedy " + id + " was changed by someone else; reload it");
        }
        audit.recordWrite("UPDATE", "remedy", id, summary + " " + row.caseNumber());
        return find(id, user.dataScope()).orElseThrow();
    }

    private @Nullable Long insert(
            long insurerId,
            long orgUnitId,
            String orgPath,
            String caseType,
            String caseNumber,
            Remedy remedy,
            RemedyTrigger trigger,
            @Nullable String standardCode,
            @Nullable UUID clockId,
            String by) {
        Remedy.State s = remedy.state();
        return jdbc.sql("""
                        insert into remedy (insurer_id, org_unit_id, org_path, case_type, case_number, kind, trigger,
                          standard_code, clock_id, description, amount, corrective_action, status, proposed_at,
                          proposed_by, follow_up_due)
                        values (:insurer, :unit, :path, :type, :number, :kind, :trigger, :standard, :clock, :description,
                          :amount, :action, :status, :now, :by, :due)
                        on conflict (clock_id) do nothing
                        returning id""")
                .param("insurer", insurerId)
                .param("unit", orgUnitId)
                .param("path", orgPath)
                .param("type", caseType)
                .param("number", caseNumber)
                .param("kind", s.kind().name())
                .param("trigger", trigger.name())
                .param("standard", standardCode)
                .param("clock", clockId)
                .param("description", s.description())
                .param("amount", s.amount() == null ? null : s.amount().amount())
                .param("action", s.correctiveAction())
                .param("status", s.status().name())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .param("due", s.followUpDue())
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static void text(String field, @Nullable String text) {
        if (text != null && text.length() > TEXT_LIMIT) {
            throw new InvalidInputException(field, "at most " + TEXT_LIMIT + " characters");
        }
    }

    static @Nullable Money money(@Nullable String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(amount.strip());
            if (value.scale() > 2) {
                throw new InvalidInputException("amount", "at most two decimals (fen)");
            }
            return Money.yuan(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "a number of yuan, e.g. 200.00");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amount", e.getMessage());
        }
    }

    private static RemedyRow row(ResultSet rs, int n) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        java.sql.Date due = rs.getDate("follow_up_due");
        return new RemedyRow(
                rs.getLong("id"),
                rs.getString("case_type"),
                rs.getString("case_number"),
                RemedyKind.valueOf(rs.getString("kind")),
                RemedyTrigger.valueOf(rs.getString("trigger")),
                rs.getString("standard_code"),
                rs.getString("description"),
                amount == null ? null : Money.yuan(amount),
                rs.getString("corrective_action"),
                RemedyStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("proposed_by"),
                rs.getString("approved_by"),
                rs.getString("answer_note"),
                due == null ? null : due.toLocalDate(),
                rs.getString("follow_up_note"),
                rs.getInt("version"));
    }
}
