package io.shixiao.feedback.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.feedback.domain.AttemptOutcome;
import io.shixiao.feedback.domain.CallbackReason;
import io.shixiao.feedback.domain.CallbackRefused;
import io.shixiao.feedback.domain.CallbackSampling;
import io.shixiao.feedback.domain.CallbackStatus;
import io.shixiao.feedback.domain.CallbackTask;
import io.shixiao.feedback.domain.Questionnaire;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import io.shixiao.shared.security.ScopedUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callback work: tasks created from a paid claim (when the insurer's sample draws it) or a closed
 * complaint, attempts until the customer is reached or finally unreachable, the questionnaire's answers.
 * A claim's callback ending is reported to the engine as {@code CLAIM_CALLBACK_COMPLETED}, which stops
 * HZ-CALLBACK where the bid binds the claim.
 */
@Service
public class CallbackTasks {

    private static final Logger log = LoggerFactory.getLogger(CallbackTasks.class);
    static final String CLAIM_PAYMENT = "CLAIM_PAYMENT";
    static final String COMPLAINT_CLOSURE = "COMPLAINT_CLOSURE";
    /** The rural housing bid's survey (seeds/004 客户评价收集). */
    static final String HOUSE_CLAIM_QUESTIONNAIRE = "SEED-004";

    private final JdbcClient jdbc;
    private final CallbackRules rules;
    private final Questionnaires questionnaires;
    private final OrganizationDirectory organization;
    private final ServiceClocks clocks;
    private final PiiCipher pii;
    private final AuditTrail audit;
    private final Clock clock;

    CallbackTasks(
            JdbcClient jdbc,
            CallbackRules rules,
            Questionnaires questionnaires,
            OrganizationDirectory organization,
            ServiceClocks clocks,
            PiiCipher pii,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.questionnaires = questionnaires;
        this.organization = organization;
        this.clocks = clocks;
        this.pii = pii;
        this.audit = audit;
        this.clock = clock;
    }

    /** A closed complaint is always called back; a redelivered event creates nothing more. */
    @Transactional
    public Optional<Long> afterComplaintClosed(
            String complaintNumber,
            long insurerId,
            long orgUnitId,
            String orgPath,
            @Nullable String mobileCipher,
            @Nullable String mobileMasked,
            @Nullable String handlerName) {
        CallbackRule rule = rules.of(insurerId);
        return insert(
                insurerId,
                orgUnitId,
                orgPath,
                COMPLAINT_CLOSURE,
                complaintNumber,
                CallbackReason.COMPLAINT_CLOSED,
                rule.complaintQuestionnaire(),
                mobileCipher,
                mobileMasked,
                null,
                handlerName,
                rule.maxAttempts());
    }

    /** A paid claim is called back when the insurer's sample draws it (every one at or above the amount). */
    @Transactional
    public Optional<Long> afterClaimPaid(
            String claimNumber,
            long insurerId,
            long orgUnitId,
            @Nullable String mobileMasked,
            @Nullable String contactRef,
            Money amount) {
        CallbackRule rule = rules.of(insurerId);
        Optional<CallbackReason> reason =
                new CallbackSampling(rule.sharePercent(), rule.amountThreshold()).reasonToCall(claimNumber, amount);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        OrgUnitView unit = organization.unit(orgUnitId).orElse(null);
        if (unit == null) {
            log.warn("Paid claim {} names unknown unit {}; no callback", claimNumber, orgUnitId);
            return Optional.empty();
        }
        return insert(
                insurerId,
                orgUnitId,
                unit.path(),
                CLAIM_PAYMENT,
                claimNumber,
                reason.get(),
                rule.claimQuestionnaire(),
                null,
                mobileMasked,
                contactRef,
                null,
                rule.maxAttempts());
    }

    /**
     * A paid rural house claim is always called back with the bid's own survey (SEED-004: attitude, claim
     * speed, clarity of terms on 满意/基本满意/不满意), whatever the insurer's claim questionnaire, because the
     * county's report counts that survey. It is a claim's callback, so its end stops HZ-CALLBACK; a
     * redelivered event creates nothing more.
     */
    @Transactional
    public Optional<Long> afterHouseClaimPaid(
            String claimNumber,
            long insurerId,
            long orgUnitId,
            String orgPath,
            @Nullable String phoneCipher,
            @Nullable String phoneMasked) {
        return insert(
                insurerId,
                orgUnitId,
                orgPath,
                CLAIM_PAYMENT,
                claimNumber,
                CallbackReason.HOUSE_CLAIM_PAID,
                HOUSE_CLAIM_QUESTIONNAIRE,
                phoneCipher,
                phoneMasked,
                null,
                null,
                rules.of(insurerId).maxAttempts());
    }

    /** One call or message: a failed one counts; after the last allowed the customer is unreachable. */
    @Transactional
    public CallbackView attempt(
            long id,
            @Nullable Integer version,
            @Nullable String channel,
            @Nullable AttemptOutcome outcome,
            @Nullable String note,
            ScopedUser user) {
        if (channel == null || !(channel.equals("PHONE") || channel.equals("SMS"))) {
            throw new InvalidInputException("channel", "PHONE or SMS");
        }
        if (outcome == null) {
            throw new InvalidInputException("outcome", "required");
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("note", "at most 1000 characters");
        }
        CallbackView view = load(id, version, user.dataScope());
        CallbackTask task = new CallbackTask(view.status(), view.attempts(), view.maxAttempts());
        guard(() -> task.attempted(outcome));
        Instant now = clock.instant();
        jdbc.sql(
                        "insert into callback_attempt (task_id, at, by_user, channel, outcome, note) values (:id, :at, :by, :ch, :o, :note)")
                .param("id", id)
                .param("at", Timestamp.from(now))
                .param("by", user.username())
                .param("ch", channel)
                .param("o", outcome.name())
                .param("note", note)
                .update();
        save(view, task, now, user);
        audit.recordWrite("UPDATE", "callback_task", id, "回访尝试 " + channel + " " + outcome + " → " + task.status());
        return find(id, user.dataScope());
    }

    /** The customer's answers, one per question of the task's questionnaire. */
    @Transactional
    public CallbackView answer(long id, @Nullable Integer version, Map<String, String> answers, ScopedUser user) {
        CallbackView view = load(id, version, user.dataScope());
        Questionnaire questionnaire =
                questionnaires.byCode(view.questionnaireCode()).orElseThrow();
        CallbackTask task = new CallbackTask(view.status(), view.attempts(), view.maxAttempts());
        guard(() -> task.answered(questionnaire, answers));
        Instant now = clock.instant();
        for (Questionnaire.Question question : questionnaire.questions()) {
            Questionnaire.Option option = question.option(Objects.requireNonNull(answers.get(question.code())))
                    .orElseThrow();
            jdbc.sql("""
                            insert into callback_answer (task_id, questionnaire_code, question_code, scale_code, option_code,
                              rates_service, satisfied, answered_at)
                            values (:id, :q, :question, :scale, :option, :rates, :satisfied, :at)""")
                    .param("id", id)
                    .param("q", questionnaire.code())
                    .param("question", question.code())
                    .param("scale", question.scaleCode())
                    .param("option", option.code())
                    .param("rates", question.ratesService())
                    .param("satisfied", option.satisfied())
                    .param("at", Timestamp.from(now))
                    .update();
        }
        save(view, task, now, user);
        audit.recordWrite("UPDATE", "callback_task", id, "回访完成 " + view.caseNumber());
        return find(id, user.dataScope());
    }

    /** The stored phone of a complaint's or house claim's callback, for the agent to dial; the view is audited. */
    @Transactional
    public String revealMobile(long id, ScopedUser user) {
        CallbackView view = find(id, user.dataScope());
        String cipher = jdbc.sql("select mobile_cipher from callback_task where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
        if (cipher == null) {
            throw new ConflictException("mobile", "No mobile is stored for this callback; use " + view.contactRef());
        }
        audit.recordPiiView("callback_task", id, "mobile");
        return Objects.requireNonNull(pii.decrypt(cipher));
    }

    public List<CallbackView> queue(DataScope scope, @Nullable CallbackStatus status) {
        ScopeSql visible = ScopeSql.over("t.insurer_id", "t.org_path", scope);
        return jdbc.sql("select t.* from callback_task t where " + visible.predicate()
                        + " and (cast(:status as varchar) is null or t.status = :status)"
                        + " order by t.status = 'OPEN' desc, t.created_at limit 300")
                .params(visible.params())
                .param("status", status == null ? null : status.name())
                .query(CallbackTasks::row)
                .list();
    }

    public CallbackView find(long id, DataScope scope) {
        ScopeSql visible = ScopeSql.over("t.insurer_id", "t.org_path", scope);
        return jdbc.sql("select t.* from callback_task t where t.id = :id and " + visible.predicate())
                .param("id", id)
                .params(visible.params())
                .query(CallbackTasks::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Callback", id));
    }

    public Questionnaire questionnaireOf(CallbackView view) {
        return questionnaires.byCode(view.questionnaireCode()).orElseThrow();
    }

    private CallbackView load(long id, @Nullable Integer version, DataScope scope) {
        CallbackView view = find(id, scope);
        if (version != null && version != view.version()) {
            throw new OptimisticLockingFailureException("Callback " + id + " was changed by someone else; reload it");
        }
        return view;
    }

    private void save(CallbackView view, CallbackTask task, Instant now, ScopedUser user) {
        boolean attempted = task.attempts() > view.attempts();
        int updated = jdbc.sql("""
                        update callback_task set status = :status, attempts = :attempts, last_attempt_at = :lastAttempt,
                          completed_at = :completedAt, completed_by = :completedBy, version = version + 1
                        where id = :id and version = :version""")
                .param("status", task.status().name())
                .param("attempts", task.attempts())
                .param("lastAttempt", attempted ? Timestamp.from(now) : ts(view.lastAttemptAt()))
                .param("completedAt", task.ended() ? Timestamp.from(now) : null)
                .param("completedBy", task.ended() ? user.username() : null)
                .param("id", view.id())
                .param("version", view.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "Callback " + view.id() + " was changed by someone else; reload it");
        }
        if (task.ended() && view.source().equals(CLAIM_PAYMENT) && CaseRef.isValidId(view.caseNumber())) {
            // 004 客户回访时限 (HZ-CALLBACK): the callback is done, or the customer finally found unreachable.
            clocks.report(ReportMilestone.of(
                    CaseRef.of(CaseType.CLAIM, view.insurerId(), view.caseNumber()),
                    Milestone.CLAIM_CALLBACK_COMPLETED,
                    now,
                    CaseOwner.unit(view.orgUnitId()),
                    CaseFacts.none()));
        }
    }

    private Optional<Long> insert(
            long insurerId,
            long orgUnitId,
            String orgPath,
            String source,
            String caseNumber,
            CallbackReason reason,
            String questionnaire,
            @Nullable String mobileCipher,
            @Nullable String mobileMasked,
            @Nullable String contactRef,
            @Nullable String ratedStaff,
            int maxAttempts) {
        Optional<Long> id = jdbc.sql("""
                        insert into callback_task (insurer_id, org_unit_id, org_path, source, case_number, reason,
                          questionnaire_code, mobile_cipher, mobile_masked, contact_ref, rated_staff, status, max_attempts,
                          created_at)
                        values (:insurer, :unit, :path, :source, :number, :reason, :q, :cipher, :masked, :ref, :staff,
                          'OPEN', :max, :now)
                        on conflict (insurer_id, source, case_number) do nothing
                        returning id""")
                .param("insurer", insurerId)
                .param("unit", orgUnitId)
                .param("path", orgPath)
                .param("source", source)
                .param("number", caseNumber)
                .param("reason", reason.name())
                .param("q", questionnaire)
                .param("cipher", mobileCipher)
                .param("masked", mobileMasked)
                .param("ref", contactRef)
                .param("staff", ratedStaff)
                .param("max", maxAttempts)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
        id.ifPresent(value -> audit.recordWrite(
                "CREATE", "callback_task", value, "回访任务 " + source + " " + caseNumber + " " + reason));
        return id;
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static void guard(Runnable step) {
        try {
            step.run();
        } catch (CallbackRefused refused) {
            if (refused.field().equals("status")) {
                throw new ConflictException(refused.field(), refused.getMessage());
            }
            throw new InvalidInputException(refused.field(), refused.getMessage());
        }
    }

    private static CallbackView row(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_attempt_at");
        Timestamp completed = rs.getTimestamp("completed_at");
        return new CallbackView(
                rs.getLong("id"),
                rs.getLong("insurer_id"),
                rs.getLong("org_unit_id"),
                rs.getString("source"),
                rs.getString("case_number"),
                CallbackReason.valueOf(rs.getString("reason")),
                rs.getString("questionnaire_code"),
                rs.getString("mobile_masked"),
                rs.getString("contact_ref"),
                rs.getString("rated_staff"),
                CallbackStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                rs.getTimestamp("created_at").toInstant(),
                last == null ? null : last.toInstant(),
                completed == null ? null : completed.toInstant(),
                rs.getInt("version"));
    }
}
