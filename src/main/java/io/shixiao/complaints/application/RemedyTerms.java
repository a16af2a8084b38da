package io.shixiao.complaints.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.quality.ServiceStage;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.ScopedUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each insurer's service-quality agreement promises after a breached service clock (服务质量协议第五条 5.3),
 * per case type: which remedy and, for a compensation, how much. The service-level engine's contract
 * parameters hold only the agreement's day counts, so these terms of the same agreement are kept here, set by the
 * insurer's manager and audited; a breach of an insurer without terms proposes the default (5.3(1), (3)).
 */
@Service
public class RemedyTerms {

    /** The case types whose breached clocks propose a remedy. */
    public static final List<String> CASE_TYPES = List.of("COMPLAINT", "CLAIM");

    /** 5.3(1) and (3): the proposal for an insurer that agreed no terms. */
    static final RemedyKind DEFAULT_KIND = RemedyKind.PRIORITY_HANDLING;

    static final String DEFAULT_DESCRIPTION = "向客户解释致歉，并在服务时效上优先处理";

    /**
     * The terms for one case type.
     *
     * @param agreed whether the insurer set them; otherwise the default is shown and {@code version} is -1
     */
    public record Term(
            String caseType,
            RemedyKind kind,
            @Nullable BigDecimal amount,
            String description,
            boolean agreed,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            int version) {

        static Term fallback(String caseType) {
            return new Term(caseType, DEFAULT_KIND, null, DEFAULT_DESCRIPTION, false, null, null, -1);
        }

        @Nullable
        Money money() {
            return amount == null ? null : Money.yuan(amount);
        }
    }

    private final JdbcClient jdbc;
    private final TextChecks texts;
    private final AuditTrail audit;
    private final Clock clock;

    RemedyTerms(JdbcClient jdbc, TextChecks texts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The insurer's terms for every case type, the default where it set none. */
    public List<Term> of(long insurerId) {
        return CASE_TYPES.stream().map(type -> of(insurerId, type)).toList();
    }

    /** The insurer's terms for one case type, the default where it set none. */
    Term of(long insurerId, String caseType) {
        return stored(insurerId, caseType).orElseGet(() -> Term.fallback(caseType));
    }

    private Optional<Term> stored(long insurerId, String caseType) {
        return jdbc.sql("select * from remedy_term where insurer_id = :insurer and case_type = :type")
                .param("insurer", insurerId)
                .param("type", caseType)
                .query((rs, n) -> new Term(
                        rs.getString("case_type"),
                        RemedyKind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("amount"),
                        rs.getString("description"),
                        true,
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getInt("version")))
                .optional();
    }

    /**
     * Sets the caller's insurer's terms for {@code caseType}. {@code version} is the one read (-1 for terms not
     * yet set); the description is what the customer is offered, so it is checked for forbidden phrases.
     */
    @Transactional
    public Term set(
            ScopedUser user,
            @Nullable String caseType,
            @Nullable RemedyKind kind,
            @Nullable String amount,
            @Nullable String description,
            @Nullable Integer version) {
        Long insurerId = user.dataScope().insurerId();
        if (insurerId == null) {
            throw new InvalidInputException("insurerId", "only an insurer's staff agree remedy terms");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (caseType == null || !CASE_TYPES.contains(caseType)) {
            problems.add(new FieldProblem("caseType", "one of " + CASE_TYPES));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "required: a remedy of 服务质量协议 5.3"));
        }
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "required: what the customer is offered"));
        } else if (description.length() > Remedies.TEXT_LIMIT) {
            problems.add(new FieldProblem("description", "at most " + Remedies.TEXT_LIMIT + " characters"));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "required: the version read, -1 for terms not yet set"));
        }
        if (caseType == null || kind == null || description == null || version == null || !problems.isEmpty()) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        Money money = Remedies.money(amount);
        if (money != null && kind != RemedyKind.COMPENSATION) {
            throw new InvalidInputException("amount", "only a compensation carries an amount");
        }
        if (money != null && (money.isNegative() || money.isZero())) {
            throw new InvalidInputException("amount", "more than zero");
        }
        texts.requireClean("description", description, ServiceStage.COMPLAINT, user, "remedy-term/" + caseType);
        Term current = of(insurerId, caseType);
        if (current.version() != version) {
            throw new ConflictException("version", "the terms changed since version " + version + " was read");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int written = jdbc.sql("""
                        insert into remedy_term (insurer_id, case_type, kind, amount, description, updated_by, updated_at)
                        values (:insurer, :type, :kind, :amount, :description, :by, :now)
                        on conflict (insurer_id, case_type) do update
                          set kind = excluded.kind, amount = excluded.amount, description = excluded.description,
                              updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                              version = remedy_term.version + 1
                          where remedy_term.version = :version""")
                .param("insurer", insurerId)
                .param("type", caseType)
                .param("kind", kind.name())
                .param("amount", money == null ? null : money.amount())
                .param("description", description.strip())
                .param("by", user.username())
                .param("now", now)
                .param("version", version)
                .update();
        if (written != 1) {
            throw new ConflictException("version", "the terms changed since version " + version + " was read");
        }
        audit.recordWrite(
                current.agreed() ? "UPDATE" : "CREATE",
                "remedy_term",
                insurerId + "/" + caseType,
                "超时补救约定（服务质量协议5.3）：" + kind + (money == null ? "" : " " + money.display()) + " " + description.strip()
                        + (current.agreed() ? "（原为 " + current.kind() + " " + current.description() + "）" : ""));
        return of(insurerId, caseType);
    }
}
