package io.shixiao.complaints.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.Consultation;
import io.shixiao.complaints.domain.ConsultationStatus;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.quality.ServiceStage;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.FieldProblem;
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
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consultations (咨询, 服务质量协议 1.2(1)): taken at the hotline, an outlet or online, answered within the
 * insurer's AGR-CONSULT limit (and TGT-CLAIM-CONSULT for a claim question), or taken up as a complaint
 * without retyping. Converting is the insurer's response to the consultation: its clock stops at the
 * conversion (reported as answered) and the complaint's clocks start from it.
 */
@Service
public class ConsultationDesk {

    private final JdbcClient jdbc;
    private final PiiCipher pii;
    private final ComplaintClocks clocks;
    private final ComplaintHandling complaints;
    private final TextChecks texts;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsultationDesk(
            JdbcClient jdbc,
            PiiCipher pii,
            ComplaintClocks clocks,
            ComplaintHandling complaints,
            TextChecks texts,
            OrganizationDirectory organization,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.pii = pii;
        this.clocks = clocks;
        this.complaints = complaints;
        this.texts = texts;
        this.organization = organization;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A question as typed in; {@code receivedAt} null for now. */
    public record NewConsultation(
            @Nullable ContactChannel channel,
            @Nullable ComplaintCategory category,
            @Nullable String customerName,
            @Nullable String customerMobile,
            @Nullable String question,
            @Nullable Boolean claimInquiry,
            @Nullable Long orgUnitId,
            @Nullable Instant receivedAt,
            @Nullable String lateReason) {}

    public ConsultationRow receive(NewConsultation input, ScopedUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.channel() == null) {
            problems.add(new FieldProblem("channel", "required"));
        }
        if (input.category() == null) {
            problems.add(new FieldProblem("category", "required"));
        }
        if (input.question() == null || input.question().isBlank()) {
            problems.add(new FieldProblem("question", "required"));
        } else if (input.question().length() > ComplaintHandling.TEXT_LIMIT) {
            problems.add(new FieldProblem("question", "at most " + ComplaintHandling.TEXT_LIMIT + " characters"));
        }
        String name = ComplaintHandling.blankToNull(input.customerName());
        if (name != null && name.length() > 40) {
            problems.add(new FieldProblem("customerName", "at most 40 characters"));
        }
        String mobile = ComplaintHandling.blankToNull(input.customerMobile());
        if (mobile != null && !MobileNumber.isValid(mobile)) {
            problems.add(new FieldProblem("customerMobile", "an 11-digit mainland mobile number"));
        }
        Long unitId =
                input.orgUnitId() != null ? input.orgUnitId() : user.dataScope().orgUnitId();
        OrgUnitView unit = unitId == null ? null : organization.unit(unitId).orElse(null);
        if (unit == null || !unit.active() || !user.dataScope().canSee(unit.insurerId(), unit.path())) {
            problems.add(new FieldProblem("orgUnitId", "not an active unit you may work for"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        StepTime received = StepTime.of(input.receivedAt(), input.lateReason(), clock);
        Instant now = clock.instant();
        long id = transaction.execute(tx -> {
            long next = jdbc.sql("select nextval('consultation_number_seq')")
                    .query(Long.class)
                    .single();
            String number =
                    "ZX" + Year.from(now.atZone(ShanghaiTime.ZONE)).getValue() + "-" + String.format("%06d", next);
            Consultation consultation = Refusals.guard(() -> Consultation.receive(
                    number,
                    unit.insurerId(),
                    unit.id(),
                    unit.path(),
                    input.channel(),
                    input.category(),
                    name,
                    mobile,
                    input.question(),
                    input.claimInquiry(),
                    received.at()));
            Consultation.State s = consultation.state();
            long saved = jdbc.sql("""
                            insert into consultation (number, insurer_id, org_unit_id, org_path, channel, category,
                              customer_name_cipher, customer_name_masked, customer_mobile_cipher, customer_mobile_masked,
                              customer_mobile_hash, question, claim_inquiry, status, received_at, created_by, created_at,
                              updated_at)
                            values (:number, :insurer, :unit, :path, :channel, :category, :name, :nameMasked, :mobile,
                              :mobileMasked, :mobileHash, :question, :claim, :status, :received, :by, :now, :now)
                            returning id""")
                    .param("number", number)
                    .param("insurer", s.insurerId())
                    .param("unit", s.orgUnitId())
                    .param("path", s.orgPath())
                    .param("channel", s.channel().name())
                    .param("category", s.category().name())
                    .param("name", name == null ? null : pii.encrypt(name))
                    .param("nameMasked", name == null ? null : ComplaintRepository.maskName(name))
                    .param("mobile", mobile == null ? null : pii.encrypt(mobile))
                    .param("mobileMasked", mobile == null ? null : Masks.mobile(mobile))
                    .param("mobileHash", mobile == null ? null : pii.hash(mobile))
                    .param("question", s.question())
                    .param("claim", s.claimInquiry())
                    .param("status", s.status().name())
                    .param("received", Timestamp.from(s.receivedAt()))
                    .param("by", user.username())
                    .param("now", Timestamp.from(now))
                    .query(Long.class)
                    .single();
            clocks.reportConsultation(
                    s.insurerId(),
                    number,
                    s.orgUnitId(),
                    s.channel(),
                    s.claimInquiry(),
                    Milestone.CONSULTATION_RECEIVED,
                    received);
            audit.recordWrite("CREATE", "consultation", number, "咨询登记 " + s.channel() + " " + s.category());
            return saved;
        });
        return byId(id);
    }

    /** 答复, checked for forbidden phrases before it is saved. */
    public ConsultationRow answer(
            String number, @Nullable Integer version, @Nullable String answer, StepTime time, ScopedUser user) {
        if (answer != null && answer.length() > ComplaintHandling.TEXT_LIMIT) {
            throw new InvalidInputException("answer", "at most " + ComplaintHandling.TEXT_LIMIT + " characters");
        }
        texts.requireClean("answer", answer, ServiceStage.GENERAL, user, number);
        transaction.executeWithoutResult(tx -> {
            Loaded loaded = load(number, version, user.dataScope());
            Refusals.guard(() -> loaded.consultation().answer(answer, time.at()));
            save(loaded, loaded.consultation().state());
            Consultation.State s = loaded.consultation().state();
            clocks.reportConsultation(
                    s.insurerId(),
                    number,
                    s.orgUnitId(),
                    s.channel(),
                    s.claimInquiry(),
                    Milestone.CONSULTATION_ANSWERED,
                    time);
            audit.recordWrite("UPDATE", "consultation", number, "咨询答复" + (time.lateReason() == null ? "" : "（补录）"));
        });
        return find(number, user.dataScope());
    }

    /**
     * 转投诉: the consultation becomes a complaint with its channel, category, question and customer, and what the
     * customer asks for; the consultation's clock stops and the complaint's start, in one transaction.
     */
    public ComplaintDetail convert(
            String number,
            @Nullable Integer version,
            @Nullable String customerRequest,
            @Nullable String complainantName,
            @Nullable String complainantMobile,
            ScopedUser user) {
        Instant now = clock.instant();
        String complaintNumber = transaction.execute(tx -> {
            Loaded loaded = load(number, version, user.dataScope());
            Consultation.State s = loaded.consultation().state();
            if (s.status() != ConsultationStatus.OPEN) {
                throw Refusals.answer(new io.shixiao.complaints.domain.TransitionRefused(
                        "status", "The consultation is " + s.status() + "; you cannot convert it"));
            }
            String name = ComplaintHandling.blankToNull(complainantName) != null ? complainantName : s.customerName();
            String mobile =
                    ComplaintHandling.blankToNull(complainantMobile) != null ? complainantMobile : s.customerMobile();
            if (ComplaintHandling.blankToNull(name) == null) {
                throw new InvalidInputException("complainantName", "required: the consultation names no customer");
            }
            ComplaintDetail complaint = complaints.register(
                    new ComplaintIntake(
                            s.channel(),
                            s.category(),
                            null,
                            s.question(),
                            customerRequest,
                            List.of(new ComplaintIntake.Person(name, mobile)),
                            null,
                            null,
                            s.orgUnitId(),
                            null,
                            false,
                            null,
                            null),
                    number,
                    user);
            String converted = complaint.record().complaint().number();
            Refusals.guard(() -> loaded.consultation().convertTo(converted, now));
            save(loaded, loaded.consultation().state());
            clocks.reportConsultation(
                    s.insurerId(),
                    number,
                    s.orgUnitId(),
                    s.channel(),
                    s.claimInquiry(),
                    Milestone.CONSULTATION_ANSWERED,
                    new StepTime(now, null));
            audit.recordWrite("UPDATE", "consultation", number, "咨询转投诉 " + converted);
            return converted;
        });
        return complaints.detail(complaintNumber, user.dataScope());
    }

    public ConsultationRow find(String number, DataScope scope) {
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        return jdbc.sql("select c.* from consultation c where c.number = :number and " + visible.predicate())
                .param("number", number)
                .params(visible.params())
                .query(ConsultationDesk::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Consultation", number));
    }

    public List<ClockView> clocksOf(ConsultationRow row) {
        return clocks.clocksOfConsultation(row.insurerId(), row.number());
    }

    public List<ConsultationRow> list(DataScope scope, @Nullable ConsultationStatus status) {
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        return jdbc.sql("select c.* from consultation c where " + visible.predicate()
                        + " and (cast(:status as varchar) is null or c.status = :status)"
                        + " order by c.received_at desc limit 200")
                .params(visible.params())
                .param("status", status == null ? null : status.name())
                .query(ConsultationDesk::row)
                .list();
    }

    private ConsultationRow byId(long id) {
        return jdbc.sql("select c.* from consultation c where c.id = :id")
                .param("id", id)
                .query(ConsultationDesk::row)
                .single();
    }

    private record Loaded(long id, int version, Consultation consultation) {}

    private Loaded load(String number, @Nullable Integer version, DataScope scope) {
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        Loaded loaded = jdbc.sql("select c.* from consultation c where c.number = :number and " + visible.predicate())
                .param("number", number)
                .params(visible.params())
                .query((rs, n) -> new Loaded(rs.getLong("id"), rs.getInt("version"), restore(rs)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Consultation", number));
        if (version != null && version != loaded.version()) {
            throw new OptimisticLockingFailureException("Consultation " + number + " was changed; reload it");
        }
        return loaded;
    }

    private void save(Loaded loaded, Consultation.State s) {
        int updated = jdbc.sql("""
                        update consultation set status = :status, answer = :answer, answered_at = :answered,
                          converted_to = :converted, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("status", s.status().name())
                .param("answer", s.answer())
                .param("answered", ComplaintRepository.ts(s.answeredAt()))
                .param("converted", s.convertedTo())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", loaded.id())
                .param("version", loaded.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Consultation " + s.number() + " was changed; reload it");
        }
    }

    private Consultation restore(ResultSet rs) throws SQLException {
        return Consultation.restore(new Consultation.State(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("insurer_id"),
                rs.getLong("org_unit_id"),
                rs.getString("org_path"),
                ContactChannel.valueOf(rs.getString("channel")),
                ComplaintCategory.valueOf(rs.getString("category")),
                pii.decrypt(rs.getString("customer_name_cipher")),
                pii.decrypt(rs.getString("customer_mobile_cipher")),
                rs.getString("question"),
                rs.getBoolean("claim_inquiry"),
                rs.getTimestamp("received_at").toInstant(),
                ConsultationStatus.valueOf(rs.getString("status")),
                rs.getString("answer"),
                ComplaintRepository.instant(rs, "answered_at"),
                rs.getString("converted_to"),
                rs.getInt("version")));
    }

    private static ConsultationRow row(ResultSet rs, int n) throws SQLException {
        return new ConsultationRow(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("insurer_id"),
                ContactChannel.valueOf(rs.getString("channel")),
                ComplaintCategory.valueOf(rs.getString("category")),
                rs.getString("customer_name_masked"),
                rs.getString("customer_mobile_masked"),
                rs.getString("question"),
                rs.getString("answer"),
                rs.getBoolean("claim_inquiry"),
                ConsultationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(),
                ComplaintRepository.instant(rs, "answered_at"),
                rs.getString("converted_to"),
                rs.getInt("version"));
    }
}
