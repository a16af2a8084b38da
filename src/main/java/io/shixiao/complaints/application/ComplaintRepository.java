package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.Complainant;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ComplaintStatus;
import io.shixiao.complaints.domain.ComplaintStep;
import io.shixiao.complaints.domain.Complexity;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.complaints.domain.Decision;
import io.shixiao.complaints.domain.Pause;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints in PostgreSQL; complainants' names and mobiles encrypted, a masked copy and a hash beside them. */
@Repository
class ComplaintRepository {

    private final JdbcClient jdbc;
    private final PiiCipher pii;

    ComplaintRepository(JdbcClient jdbc, PiiCipher pii) {
        this.jdbc = jdbc;
        this.pii = pii;
    }

    /** The next complaint number of the year, e.g. {@code TS2026-000012}. */
    String nextNumber(Year year) {
        long next = jdbc.sql("select nextval('complaint_number_seq')")
                .query(Long.class)
                .single();
        return "TS" + year.getValue() + "-" + String.format("%06d", next);
    }

    long insert(ComplaintRecord draft, String by, Instant now) {
        Complaint.State s = draft.complaint().state();
        long id = jdbc.sql("""
                        insert into complaint (number, insurer_id, org_unit_id, org_path, scheme_id, channel, category,
                          product_line, content, customer_request, policy_number, claim_number, consultation_number,
                          received_at, registered_at, status, complexity, major, disaster_related, created_by,
                          created_at, updated_at)
                        values (:number, :insurer, :unit, :path, :scheme, :channel, :category, :line, :content, :request,
                          :policy, :claim, :consultation, :received, :now, :status, :complexity, :major, :disaster, :by,
                          :now, :now)
                        returning id""")
                .param("number", s.number())
                .param("insurer", s.insurerId())
                .param("unit", s.orgUnitId())
                .param("path", s.orgPath())
                .param("scheme", draft.schemeId())
                .param("channel", s.channel().name())
                .param("category", s.category().name())
                .param(
                        "line",
                        draft.productLine() == null ? null : draft.productLine().name())
                .param("content", s.content())
                .param("request", s.customerRequest())
                .param("policy", draft.policyNumber())
                .param("claim", draft.claimNumber())
                .param("consultation", draft.consultationNumber())
                .param("received", Timestamp.from(s.receivedAt()))
                .param("now", Timestamp.from(now))
                .param("status", s.status().name())
                .param("complexity", s.complexity().name())
                .param("major", draft.complaint().major())
                .param("disaster", s.disasterRelated())
                .param("by", by)
                .query(Long.class)
                .single();
        int position = 0;
        for (Complainant person : s.complainants()) {
            jdbc.sql("""
                            insert into complainant (complaint_id, position, name_cipher, name_masked, mobile_cipher,
                              mobile_masked, mobile_hash)
                            values (:id, :position, :name, :nameMasked, :mobile, :mobileMasked, :mobileHash)""")
                    .param("id", id)
                    .param("position", position++)
                    .param("name", pii.encrypt(person.name()))
                    .param("nameMasked", maskName(person.name()))
                    .param("mobile", person.mobile() == null ? null : pii.encrypt(person.mobile()))
                    .param("mobileMasked", person.mobile() == null ? null : Masks.mobile(person.mobile()))
                    .param("mobileHash", person.mobile() == null ? null : pii.hash(person.mobile()))
                    .update();
        }
        appendSteps(id, draft.complaint().newSteps(), by, now);
        return id;
    }

    /** Saves the aggregate's new state if nobody changed it since it was loaded; appends its new steps. */
    void update(ComplaintRecord record, String by, Instant now) {
        Complaint.State s = record.complaint().state();
        Decision d = s.decision();
        int updated = jdbc.sql("""
                        update complaint set org_unit_id = :unit, org_path = :path, status = :status,
                          handler_staff_id = :staff, handler_name = :handler, acknowledged_at = :ack,
                          complexity = :complexity, paused = :paused, upheld = :upheld, facts_verified = :facts,
                          basis = :basis, reasons = :reasons, remedies_open = :remedies, decided_at = :decided,
                          closed_at = :closed, withdrawn_at = :withdrawn, review_requested_at = :reviewRequested,
                          review_result = :reviewResult, review_decided_at = :reviewDecided, updated_at = :now,
                          version = version + 1
                        where id = :id and version = :version""")
                .param("unit", s.orgUnitId())
                .param("path", s.orgPath())
                .param("status", s.status().name())
                .param("staff", s.handlerStaffId())
                .param("handler", s.handlerName())
                .param("ack", ts(s.acknowledgedAt()))
                .param("complexity", s.complexity().name())
                .param("paused", s.paused() == null ? null : s.paused().name())
                .param("upheld", d == null ? null : d.upheld())
                .param("facts", d == null ? null : d.factsVerified())
                .param("basis", d == null ? null : d.basis())
                .param("reasons", d == null ? null : d.reasons())
                .param("remedies", d == null ? null : d.remediesOpen())
                .param("decided", ts(s.decidedAt()))
                .param("closed", ts(s.closedAt()))
                .param("withdrawn", ts(s.withdrawnAt()))
                .param("reviewRequested", ts(s.reviewRequestedAt()))
                .param("reviewResult", s.reviewResult())
                .param("reviewDecided", ts(s.reviewDecidedAt()))
                .param("now", Timestamp.from(now))
                .param("id", record.id())
                .param("version", s.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "Complaint " + s.number() + " was changed by someone else; reload it and try again");
        }
        appendSteps(record.id(), record.complaint().newSteps(), by, now);
    }

    private void appendSteps(long id, List<ComplaintStep> steps, String by, Instant now) {
        for (ComplaintStep step : steps) {
            jdbc.sql("""
                            insert into complaint_step (complaint_id, step, occurred_at, recorded_at, recorded_by, note,
                              late_reason)
                            values (:id, :step, :at, :now, :by, :note, :late)""")
                    .param("id", id)
                    .param("step", step.step())
                    .param("at", Timestamp.from(step.occurredAt()))
                    .param("now", Timestamp.from(now))
                    .param("by", by)
                    .param("note", step.note())
                    .param("late", step.lateReason())
                    .update();
        }
    }

    /** The complaint {@code number} if {@code scope} sees it. */
    Optional<ComplaintRecord> find(String number, DataScope scope) {
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        return jdbc.sql("select c.* from complaint c where c.number = :number and " + visible.predicate())
                .param("number", number)
                .params(visible.params())
                .query(this::restore)
                .optional();
    }

    /** The complaint {@code number} of {@code insurerId}, for background work that acts for the platform. */
    Optional<ComplaintRecord> findOfInsurer(long insurerId, String number) {
        return jdbc.sql("select c.* from complaint c where c.number = :number and c.insurer_id = :insurer")
                .param("number", number)
                .param("insurer", insurerId)
                .query(this::restore)
                .optional();
    }

    /** Rows for the complaint list, newest first. */
    List<ComplaintRow> list(DataScope scope, @Nullable ComplaintStatus status, int limit) {
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("status", status == null ? null : status.name());
        params.put("limit", limit);
        return jdbc.sql("""
                        select c.number, c.insurer_id, c.status, c.channel, c.category, c.received_at, c.handler_name,
                          c.major, c.complexity, c.paused, (select p.name_masked from complainant p
                            where p.complaint_id = c.id order by p.position limit 1) as first_name,
                          (select count(*) from complainant p where p.complaint_id = c.id) as complainants
                        from complaint c
                        where %s and (cast(:status as varchar) is null or c.status = :status)
                        order by c.received_at desc limit :limit""".formatted(visible.predicate()))
                .params(params)
                .query((rs, n) -> new ComplaintRow(
                        rs.getString("number"),
                        rs.getLong("insurer_id"),
                        ComplaintStatus.valueOf(rs.getString("status")),
                        ContactChannel.valueOf(rs.getString("channel")),
                        ComplaintCategory.valueOf(rs.getString("category")),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("handler_name"),
                        rs.getBoolean("major"),
                        Complexity.valueOf(rs.getString("complexity")),
                        rs.getString("paused") == null ? null : Pause.valueOf(rs.getString("paused")),
                        rs.getString("first_name"),
                        rs.getInt("complainants")))
                .list();
    }

    /** The timeline, oldest first. */
    List<TimelineEntry> timeline(long complaintId) {
        return jdbc.sql("""
                        select step, occurred_at, recorded_at, recorded_by, note, late_reason from complaint_step
                        where complaint_id = :id order by occurred_at, id""")
                .param("id", complaintId)
                .query((rs, n) -> new TimelineEntry(
                        rs.getString("step"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        rs.getString("note"),
                        rs.getString("late_reason")))
                .list();
    }

    /** The complainants as stored: masked for screens, the cipher text for a callback. */
    List<StoredComplainant> complainants(long complaintId) {
        return jdbc.sql("""
                        select name_masked, mobile_masked, mobile_cipher from complainant
                        where complaint_id = :id order by position""")
                .param("id", complaintId)
                .query((rs, n) -> new StoredComplainant(
                        rs.getString("name_masked"), rs.getString("mobile_masked"), rs.getString("mobile_cipher")))
                .list();
    }

    private ComplaintRecord restore(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Complainant> people = jdbc.sql(
                        "select name_cipher, mobile_cipher from complainant where complaint_id = :id order by position")
                .param("id", id)
                .query((r, n) -> new Complainant(
                        pii.decrypt(r.getString("name_cipher")), pii.decrypt(r.getString("mobile_cipher"))))
                .list();
        Boolean upheld = (Boolean) rs.getObject("upheld");
        Decision decision = upheld == null
                ? null
                : new Decision(
                        upheld,
                        rs.getString("facts_verified"),
                        rs.getString("basis"),
                        rs.getString("reasons"),
                        rs.getString("remedies_open"));
        String paused = rs.getString("paused");
        Complaint complaint = Complaint.restore(new Complaint.State(
                id,
                rs.getString("number"),
                rs.getLong("insurer_id"),
                rs.getLong("org_unit_id"),
                rs.getString("org_path"),
                ContactChannel.valueOf(rs.getString("channel")),
                ComplaintCategory.valueOf(rs.getString("category")),
                rs.getString("content"),
                rs.getString("customer_request"),
                people,
                rs.getTimestamp("received_at").toInstant(),
                rs.getBoolean("disaster_related"),
                ComplaintStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("handler_staff_id"),
                rs.getString("handler_name"),
                instant(rs, "acknowledged_at"),
                Complexity.valueOf(rs.getString("complexity")),
                paused == null ? null : Pause.valueOf(paused),
                decision,
                instant(rs, "decided_at"),
                instant(rs, "closed_at"),
                instant(rs, "withdrawn_at"),
                instant(rs, "review_requested_at"),
                rs.getString("review_result"),
                instant(rs, "review_decided_at"),
                rs.getInt("version")));
        String line = rs.getString("product_line");
        return new ComplaintRecord(
                id,
                complaint,
                line == null ? null : ProductLine.valueOf(line),
                (Long) rs.getObject("scheme_id"),
                rs.getString("policy_number"),
                rs.getString("claim_number"),
                rs.getString("consultation_number"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** 张三 → 张*; 欧阳娜娜 → 欧***: the family name only. */
    static String maskName(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
