package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.shared.input.UploadedContent;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a damaged house, taken on site: told JPEG or PNG by their first bytes (never by name or
 * the browser's word), refused above the size limit, hashed, stored with the claim and audited; seen
 * only by those who see the claim's scheme (another insurer's claim answers 404). Photos are added
 * from arrival until the notice closes (an upheld objection reassesses from new photos).
 */
@Service
public class HouseClaimPhotos {

    private static final Set<String> OPEN_STATES = Set.of("ARRIVED", "ASSESSED", "ON_NOTICE");

    private final JdbcClient jdbc;
    private final HouseClaims claims;
    private final Households households;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxBytes;

    HouseClaimPhotos(
            JdbcClient jdbc,
            HouseClaims claims,
            Households households,
            AuditTrail audit,
            Clock clock,
            @Value("${shixiao.enrolment.max-photo-bytes:5242880}") int maxBytes) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** One stored photo's description; {@code sha256} proves the content unchanged. */
    public record Photo(
            long id,
            String contentType,
            int sizeBytes,
            String sha256,
            @Nullable String caption,
            Instant uploadedAt) {}

    /** A photo's bytes as stored. */
    public record Content(String contentType, byte[] bytes) {}

    @Transactional
    public Photo add(long claimId, byte[] content, @Nullable String caption, ScopedUser user) {
        ClaimView claim = claims.visible(claimId, user);
        households.workable(claim.schemeId(), user);
        if (!OPEN_STATES.contains(claim.state())) {
            throw new InvalidInputException("file", "photos are added from arrival on site until the notice closes");
        }
        String type = UploadedContent.mediaTypeOf("file", content, maxBytes, UploadedContent.PHOTOS);
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidInputException("caption", "at most 200 characters");
        }
        Instant now = clock.instant();
        String sha = sha256(content);
        long id = jdbc.sql("""
                insert into rural_claim_photo (claim_id, content_type, size_bytes, sha256, content, caption, uploaded_at,
                  uploaded_by)
                values (:claim, :type, :size, :sha, :content, :caption, :at, :by) returning id""")
                .param("claim", claimId)
                .param("type", type)
                .param("size", content.length)
                .param("sha", sha)
                .param("content", content)
                .param("caption", text)
                .param("at", Timestamp.from(now))
                .param("by", user.username())
                .query(Long.class)
                .single();
        audit.recordWrite("ATTACH", "RuralHouseClaim", claimId, claim.claimNo() + " photo " + type + " " + sha);
        return new Photo(id, type, content.length, sha, text, now);
    }

    public List<Photo> of(long claimId, ScopedUser user) {
        claims.visible(claimId, user);
        return jdbc.sql("""
                select id, content_type, size_bytes, sha256, caption, uploaded_at from rural_claim_photo
                where claim_id = :c order by id""")
                .param("c", claimId)
                .query((rs, n) -> new Photo(
                        rs.getLong("id"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("caption"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    public Content content(long claimId, long photoId, ScopedUser user) {
        claims.visible(claimId, user);
        return jdbc.sql("select content_type, content from rural_claim_photo where id = :id and claim_id = :c")
                .param("id", photoId)
                .param("c", claimId)
                .query((rs, n) -> new Content(rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Photo", photoId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
