package io.shixiao.quality.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.quality.HeldTextRejected;
import io.shixiao.quality.HeldTextReleased;
import io.shixiao.quality.MatchKind;
import io.shixiao.quality.ServiceStage;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: texts held because their wording is close to a listed phrase, or because they
 * carry another stage's listed words. A QUALITY_INSPECTOR or MANAGER of the writer's organisation
 * releases or rejects each; the platform administrator may look. Another insurer's item is not found.
 * Opening a text is a view of personal data and is audited.
 */
@Service
public class HeldTexts {

    static final int NOTE_LENGTH = 500;

    private static final String SELECT = """
            select t.id, t.status, t.decided_by, t.decided_at, t.decision_note, t.version, t.text_encrypted,
                   c.id check_id, c.checked_at, c.account_id, c.username, c.display_name, c.stage, c.source,
                   c.reference, c.text_length
              from held_text t join phrase_check c on c.id = t.check_id
            """;

    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldTexts(JdbcClient jdbc, PiiCipher cipher, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The items in {@code scope} with {@code status} ({@code PENDING} where null), oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN','QUALITY_INSPECTOR','MANAGER')")
    public List<HeldTextView> list(DataScope scope, String status) {
        String wanted = status == null ? "PENDING" : status;
        if (!List.of("PENDING", "RELEASED", "REJECTED").contains(wanted)) {
            throw new InvalidInputException("status", "one of PENDING, RELEASED, REJECTED");
        }
        CheckScope where = CheckScope.over("c", scope);
        List<Row> rows = jdbc.sql(SELECT + " where t.status = :status and " + where.predicate()
                        + " order by c.checked_at, t.id limit 500")
                .param("status", wanted)
                .params(where.params())
                .query(HeldTexts::row)
                .list();
        Map<Long, List<RecordedHit>> hits = hits(rows.stream().map(Row::checkId).toList());
        return rows.stream()
                .map(r -> r.view(hits.getOrDefault(r.checkId(), List.of())))
                .toList();
    }

    /** An item with its text, audited as a view of personal data. */
    @PreAuthorize("hasAnyRole('ADMIN','QUALITY_INSPECTOR','MANAGER')")
    @Transactional
    public HeldTextDetail open(long id, DataScope scope) {
        Row row = find(id, scope);
        audit.recordPiiView("held_text", id, "text");
        return new HeldTextDetail(
                row.view(hits(List.of(row.checkId())).getOrDefault(row.checkId(), List.of())),
                Objects.requireNonNull(cipher.decrypt(row.encryptedText()), "text"));
    }

    @PreAuthorize("hasAnyRole('QUALITY_INSPECTOR','MANAGER')")
    @Transactional
    public HeldTextView release(long id, Integer version, String note, ScopedUser reviewer) {
        Decided decided = decide(id, version, note, reviewer, "RELEASED");
        events.publishEvent(new HeldTextReleased(
                id,
                decided.row().source(),
                decided.row().reference(),
                decided.row().stage(),
                decided.row().authorAccountId(),
                reviewer.username(),
                decided.at()));
        return decided.view();
    }

    @PreAuthorize("hasAnyRole('QUALITY_INSPECTOR','MANAGER')")
    @Transactional
    public HeldTextView reject(long id, Integer version, String note, ScopedUser reviewer) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "required: the reason, for the writer");
        }
        Decided decided = decide(id, version, note, reviewer, "REJECTED");
        events.publishEvent(new HeldTextRejected(
                id,
                decided.row().source(),
                decided.row().reference(),
                decided.row().stage(),
                decided.row().authorAccountId(),
                reviewer.username(),
                decided.at(),
                note.strip()));
        return decided.view();
    }

    private Decided decide(long id, Integer version, String note, ScopedUser reviewer, String status) {
        if (version == null) {
            throw new InvalidInputException("version", "required: the version you read");
        }
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "at most " + NOTE_LENGTH + " characters");
        }
        Row row = find(id, reviewer.dataScope());
        if (!"PENDING".equals(row.status())) {
            throw new ConflictException("status", "the held text was already " + row.status());
        }
        if (row.authorAccountId() == reviewer.accountId()) {
            throw new ConflictException("reviewer", "a supervisor does not review their own text");
        }
        Instant at = Instant.now(clock);
        int updated = jdbc.sql("""
                update held_text set status = :status, decided_by = :by, decided_at = :at, decision_note = :note,
                       version = version + 1
                 where id = :id and version = :version and status = 'PENDING'""")
                .param("status", status)
                .param("by", reviewer.username())
                .param("at", Timestamp.from(at))
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("id", id)
                .param("version", version)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Held text " + id + " was changed since it was read");
        }
        audit.recordWrite(
                status.equals("RELEASED") ? "RELEASE" : "REJECT",
                "held_text",
                id,
                row.stage() + " text of " + row.authorUsername()
                        + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        Row decided = find(id, reviewer.dataScope());
        return new Decided(
                decided, decided.view(hits(List.of(decided.checkId())).getOrDefault(decided.checkId(), List.of())), at);
    }

    private Row find(long id, DataScope scope) {
        CheckScope where = CheckScope.over("c", scope);
        return jdbc.sql(SELECT + " where t.id = :id and " + where.predicate())
                .param("id", id)
                .params(where.params())
                .query(HeldTexts::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Held text", id));
    }

    private Map<Long, List<RecordedHit>> hits(List<Long> checkIds) {
        if (checkIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                select h.check_id, h.phrase_id, p.phrase, h.stage, h.match_kind, h.blocks, h.similarity, h.offset_at,
                       h.length
                  from phrase_hit h join forbidden_phrase p on p.id = h.phrase_id
                 where h.check_id in (:ids)
                 order by h.offset_at, h.id""")
                .param("ids", checkIds)
                .query((rs, n) -> Map.entry(
                        rs.getLong("check_id"),
                        new RecordedHit(
                                rs.getLong("phrase_id"),
                                rs.getString("phrase"),
                                ServiceStage.valueOf(rs.getString("stage")),
                                MatchKind.valueOf(rs.getString("match_kind")),
                                rs.getBoolean("blocks"),
                                rs.getDouble("similarity"),
                                rs.getInt("offset_at"),
                                rs.getInt("length"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("check_id"),
                rs.getTimestamp("checked_at").toInstant(),
                rs.getLong("account_id"),
                rs.getString("username"),
                rs.getString("display_name"),
                ServiceStage.valueOf(rs.getString("stage")),
                rs.getString("source"),
                rs.getString("reference"),
                rs.getInt("text_length"),
                rs.getString("status"),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_note"),
                rs.getInt("version"),
                rs.getString("text_encrypted"));
    }

    private record Row(
            long id,
            long checkId,
            Instant checkedAt,
            long authorAccountId,
            String authorUsername,
            String authorName,
            ServiceStage stage,
            String source,
            String reference,
            int textLength,
            String status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote,
            int version,
            String encryptedText) {

        HeldTextView view(List<RecordedHit> hits) {
            return new HeldTextView(
                    id,
                    checkedAt,
                    authorAccountId,
                    authorUsername,
                    authorName,
                    stage,
                    source,
                    reference,
                    textLength,
                    status,
                    decidedBy,
                    decidedAt,
                    decisionNote,
                    version,
                    hits);
        }
    }

    private record Decided(Row row, HeldTextView view, Instant at) {}
}
