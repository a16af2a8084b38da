package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer who insists on an on-site survey gets one (浙江规范第七章 2.3.4, seed C08: 「如在规定范围内不需现场查勘,但客户强烈要求
 * 现场查勘的,查勘人员须先以满足客户需求为主,并及时向本机构理赔负责人报告,除因不可抗力、异地出险等特殊情况外,须根据客户要求进行现场查勘。」).
 * The insistence is recorded on the claim (and audited, which is the report the claims head reads); from then on the
 * step 无需现场查勘 is refused unless the claims head — a MANAGER — has excused the site survey on one of the clause's
 * grounds with a written reason.
 */
@Service
public class SiteSurveyInsistence {

    /** The grounds 2.3.4 names (不可抗力、异地出险) and its 等特殊情况, which needs the reason spelled out. */
    public enum Ground {
        FORCE_MAJEURE,
        OUT_OF_AREA,
        OTHER_SPECIAL
    }

    /** The insistence and, if given, the claims head's excuse. */
    public record Insistence(
            Instant insistedAt,
            String insistedBy,
            String note,
            @Nullable Ground excusedGround,
            @Nullable String excusedReason,
            @Nullable String excusedBy,
            @Nullable Instant excusedAt) {

        /** Whether the site survey may still be skipped: only once excused. */
        public boolean excused() {
            return excusedBy != null;
        }
    }

    /** Before the survey is done: the only time an insistence or an excuse means anything. */
    private static final Set<ClaimStatus> BEFORE_SURVEY = EnumSet.of(ClaimStatus.REPORTED, ClaimStatus.DISPATCHED);

    private static final int TEXT_LIMIT = 500;

    private final JdbcClient jdbc;
    private final ClaimRepository claims;
    private final AuditTrail audit;
    private final Clock clock;

    SiteSurveyInsistence(JdbcClient jdbc, ClaimRepository claims, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** The claim's insistence, if the customer made one. */
    public Optional<Insistence> of(String claimNo, DataScope scope) {
        return of(load(claimNo, scope).id());
    }

    /** Records that the customer insists on an on-site survey; a later call adds nothing. */
    @Transactional
    public Insistence insist(String claimNo, ScopedUser user, @Nullable String note) {
        StoredClaim stored = beforeSurvey(claimNo, user.dataScope());
        String text = text(note, "note");
        Optional<Insistence> existing = of(stored.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                        insert into claim_site_survey_insistence (claim_id, insisted_at, insisted_by, note)
                        values (:claim, :now, :by, :note)""")
                .param("claim", stored.id())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", user.username())
                .param("note", text)
                .update();
        audit.recordWrite("SITE_SURVEY_INSISTED", "claim", claimNo, "客户坚持要求现场查勘（浙江规范第七章 2.3.4），报理赔负责人：" + text);
        return of(stored.id()).orElseThrow();
    }

    /** The claims head excuses the site survey on a ground of 2.3.4; only a MANAGER, only with a reason. */
    @Transactional
    public Insistence excuse(String claimNo, ScopedUser user, @Nullable Ground ground, @Nullable String reason) {
        if (!user.has(Role.MANAGER)) {
            throw new AccessDeniedException("只有理赔负责人（MANAGER）可以免除客户坚持的现场查勘");
        }
        StoredClaim stored = beforeSurvey(claimNo, user.dataScope());
        if (ground == null) {
            throw new InvalidInputException("ground", "FORCE_MAJEURE, OUT_OF_AREA or OTHER_SPECIAL (不可抗力、异地出险等特殊情况)");
        }
        String text = text(reason, "reason");
        Insistence insistence = of(stored.id())
                .orElseThrow(
                        () -> new ConflictException("insistence", "the customer has not insisted on a site survey"));
        if (insistence.excused()) {
            throw new ConflictException("insistence", "already excused by " + insistence.excusedBy());
        }
        jdbc.sql("""
                        update claim_site_survey_insistence
                           set excused_ground = :ground, excused_reason = :reason, excused_by = :by, excused_at = :now
                         where claim_id = :claim""")
                .param("ground", ground.name())
                .param("reason", text)
                .param("by", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("claim", stored.id())
                .update();
        audit.recordWrite("SITE_SURVEY_EXCUSED", "claim", claimNo, "理赔负责人免除现场查勘（" + ground + "）：" + text);
        return of(stored.id()).orElseThrow();
    }

    /**
     * Refuses 无需现场查勘 while the customer's insistence stands unexcused (2.3.4: 须根据客户要求进行现场查勘).
     *
     * @param claimId the claim's row id
     */
    void requireSiteSurveyMayBeSkipped(long claimId) {
        Optional<Insistence> insistence = of(claimId);
        if (insistence.isPresent() && !insistence.get().excused()) {
            throw new ConflictException("reason", "客户坚持要求现场查勘：须根据客户要求进行现场查勘，除非理赔负责人以不可抗力、异地出险等特殊情况免除（浙江规范第七章 2.3.4）");
        }
    }

    private Optional<Insistence> of(long claimId) {
        return jdbc.sql("select * from claim_site_survey_insistence where claim_id = :claim")
                .param("claim", claimId)
                .query((rs, n) -> {
                    String ground = rs.getString("excused_ground");
                    Timestamp excusedAt = rs.getTimestamp("excused_at");
                    return new Insistence(
                            rs.getTimestamp("insisted_at").toInstant(),
                            rs.getString("insisted_by"),
                            rs.getString("note"),
                            ground == null ? null : Ground.valueOf(ground),
                            rs.getString("excused_reason"),
                            rs.getString("excused_by"),
                            excusedAt == null ? null : excusedAt.toInstant());
                })
                .optional();
    }

    private StoredClaim load(String claimNo, DataScope scope) {
        return claims.find(claimNo, scope).orElseThrow(() -> new NotFoundException("Claim", claimNo));
    }

    private StoredClaim beforeSurvey(String claimNo, DataScope scope) {
        StoredClaim stored = load(claimNo, scope);
        ClaimStatus status = stored.claim().status();
        if (!BEFORE_SURVEY.contains(status)) {
            throw new ConflictException("status", "the claim is " + status + "; the survey is no longer to be decided");
        }
        return stored;
    }

    static String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
        if (value.strip().length() > TEXT_LIMIT) {
            throw new InvalidInputException(field, "at most " + TEXT_LIMIT + " characters");
        }
        return value.strip();
    }
}
