package io.shixiao.claims.application;

import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} of the report and step APIs: a retried request with the same key and the
 * same body answers the first result without acting again; the same key with another body is refused
 * (409). Keys are kept per insurer, within the request's transaction.
 */
@Component
class Idempotency {

    static final int KEY_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The claim number the first request with this key acted on, if this is a retry of it. */
    Optional<String> replay(long insurerId, @Nullable String key, String operation, Object body) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "1–" + KEY_LENGTH + " characters");
        }
        String hash = hash(operation, body);
        return jdbc.sql("select request_hash, claim_no from claim_request where insurer_id = ? and idempotency_key = ?")
                .params(insurerId, key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(hash)) {
                        throw new ConflictException(
                                "Idempotency-Key", "was used before for another request; use a new key");
                    }
                    return rs.getString("claim_no");
                })
                .optional();
    }

    void remember(long insurerId, @Nullable String key, String operation, Object body, String claimNo) {
        if (key == null) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into claim_request (insurer_id, idempotency_key, request_hash, operation, claim_no, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(insurerId, key, hash(operation, body), operation, claimNo, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Idempotency-Key", "a request with this key is being processed; retry it");
        }
    }

    private static String hash(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((operation + "\n" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
