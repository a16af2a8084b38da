package io.shixiao.feedback.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.feedback.domain.CallbackRefused;
import io.shixiao.feedback.domain.CallbackSampling;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.ScopedUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each insurer's callback rule: the sample of paid claims, the questionnaires, the attempts allowed. */
@Service
public class CallbackRules {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final AuditTrail audit;
    private final Clock clock;

    CallbackRules(JdbcClient jdbc, Questionnaires questionnaires, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.clock = clock;
    }

    public CallbackRule of(long insurerId) {
        return jdbc.sql("select * from callback_rule where insurer_id = :id")
                .param("id", insurerId)
                .query((rs, n) -> new CallbackRule(
                        insurerId,
                        rs.getInt("share_percent"),
                        Money.yuan(rs.getBigDecimal("amount_threshold")),
                        rs.getString("claim_questionnaire"),
                        rs.getString("complaint_questionnaire"),
                        rs.getInt("max_attempts"),
                        rs.getInt("version")))
                .optional()
                .orElseGet(() -> CallbackRule.defaults(insurerId));
    }

    /** A manager of the insurer sets its rule. */
    @Transactional
    public CallbackRule set(
            ScopedUser user,
            @Nullable Integer sharePercent,
            @Nullable BigDecimal amountThreshold,
            @Nullable String claimQuestionnaire,
            @Nullable String complaintQuestionnaire,
            @Nullable Integer maxAttempts,
            @Nullable Integer version) {
        Long insurerId = user.dataScope().insurerId();
        if (insurerId == null) {
            throw new InvalidInputException("insurerId", "only an insurer's staff set its callback rule");
        }
        if (sharePercent == null) {
            throw new InvalidInputException("sharePercent", "required, 0–100");
        }
        if (amountThreshold == null || amountThreshold.scale() > 2) {
            throw new InvalidInputException("amountThreshold", "required, yuan with at most two decimals");
        }
        if (maxAttempts == null || maxAttempts < 1 || maxAttempts > 10) {
            throw new InvalidInputException("maxAttempts", "1–10");
        }
        for (String[] q : new String[][] {
            {"claimQuestionnaire", claimQuestionnaire}, {"complaintQuestionnaire", complaintQuestionnaire}
        }) {
            if (q[1] == null || questionnaires.byCode(q[1]).isEmpty()) {
                throw new InvalidInputException(q[0], "one of " + questionnaires.codes());
            }
        }
        try {
            new CallbackSampling(sharePercent, Money.yuan(amountThreshold));
        } catch (CallbackRefused e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amountThreshold", e.getMessage());
        }
        CallbackRule current = of(insurerId);
        if (version != null && version != current.version()) {
            throw new OptimisticLockingFailureException("The callback rule was changed by someone else; reload it");
        }
        int written = jdbc.sql("""
                        insert into callback_rule (insurer_id, share_percent, amount_threshold, claim_questionnaire,
                          complaint_questionnaire, max_attempts, updated_by, updated_at)
                        values (:id, :share, :amount, :claimQ, :complaintQ, :attempts, :by, :now)
                        on conflict (insurer_id) do update set share_percent = excluded.share_percent,
                          amount_threshold = excluded.amount_threshold, claim_questionnaire = excluded.claim_questionnaire,
                          complaint_questionnaire = excluded.complaint_questionnaire,
                          max_attempts = excluded.max_attempts, updated_by = excluded.updated_by,
                          updated_at = excluded.updated_at, version = callback_rule.version + 1
                        where callback_rule.version = :version""")
                .param("id", insurerId)
                .param("share", sharePercent)
                .param("amount", amountThreshold)
                .param("claimQ", claimQuestionnaire)
                .param("complaintQ", complaintQuestionnaire)
                .param("attempts", maxAttempts)
                .param("by", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("version", current.version())
                .update();
        if (written != 1) {
            throw new OptimisticLockingFailureException("The callback rule was changed by someone else; reload it");
        }
        audit.recordWrite(
                "UPDATE", "callback_rule", insurerId, "回访规则 " + sharePercent + "%，" + amountThreshold + " 元以上全部回访");
        return of(insurerId);
    }
}
