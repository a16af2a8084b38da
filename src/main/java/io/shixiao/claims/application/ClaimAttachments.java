package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.shared.input.UploadedContent;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Survey photos and scans: checked by content, size-limited, hashed, kept with the claim. */
@Service
public class ClaimAttachments {

    private final ClaimRepository claims;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ClaimsSettings settings;
    private final Clock clock;

    ClaimAttachments(ClaimRepository claims, JdbcClient jdbc, AuditTrail audit, ClaimsSettings settings, Clock clock) {
        this.claims = claims;
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One attachment's description.
     *
     * @param sha256 the content's SHA-256, so a photo can be proven unchanged
     */
    public record Attachment(
            long id,
            String contentType,
            int sizeBytes,
            String sha256,
            @Nullable String caption,
            Instant uploadedAt,
            String uploadedBy) {}

    /** The content of one attachment. */
    public record Content(String contentType, byte[] bytes) {}

    @Transactional
    public Attachment upload(String claimNo, byte[] content, @Nullable String caption, ScopedUser user) {
        if (!user.has(io.shixiao.shared.security.Role.SURVEYOR)
                && !user.has(io.shixiao.shared.security.Role.ASSESSOR)
                && !user.has(io.shixiao.shared.security.Role.MANAGER)) {
            throw new AccessDeniedException("Only a surveyor or assessor adds photos");
        }
        StoredClaim stored =
                claims.find(claimNo, user.dataScope()).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        stored.claim().checkPhotosMayBeAdded();
        String type = UploadedContent.mediaTypeOf(
                "file", content, settings.maxUploadBytes(), UploadedContent.PHOTOS_AND_SCANS);
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidInputException("caption", "at most 200 characters");
        }
        Instant now = clock.instant();
        String sha = sha256(content);
        long id = jdbc.sql("""
                insert into claim_attachment (claim_id, content_type, size_bytes, sha256, content, caption, uploaded_at,
                                              uploaded_by)
                values (:claimId, :type, :size, :sha, :content, :caption, :at, :by) returning id""")
                .param("claimId", stored.id())
                .param("type", type)
                .param("size", content.length)
                .param("sha", sha)
                .param("content", content)
                .param("caption", text)
                .param("at", Timestamp.from(now))
                .param("by", user.username())
                .query(Long.class)
                .single();
        audit.recordWrite("ATTACH", "claim", claimNo, ClaimStep.SURVEY_REPORT + " " + type + " " + sha);
        return new Attachment(id, type, content.length, sha, text, now, user.username());
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(String claimNo, DataScope scope) {
        StoredClaim stored = claims.find(claimNo, scope).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        return jdbc.sql("""
                select id, content_type, size_bytes, sha256, caption, uploaded_at, uploaded_by
                  from claim_attachment where claim_id = ? order by id""")
                .params(stored.id())
                .query((rs, n) -> new Attachment(
                        rs.getLong("id"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("caption"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public Content content(String claimNo, long attachmentId, DataScope scope) {
        StoredClaim stored = claims.find(claimNo, scope).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        return jdbc.sql("select content_type, content from claim_attachment where id = ? and claim_id = ?")
                .params(attachmentId, stored.id())
                .query((rs, n) -> new Content(rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
