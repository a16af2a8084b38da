package io.shixiao.notification.outbox;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox in PostgreSQL. */
@Repository
class OutboxRepository {

    private static final String COLUMNS = """
            id, template_code, channel, insurer_id, org_path, source_ref, recipient_masked, body, status, attempts,
            next_attempt_at, last_attempt_at, last_error, provider_ref, requested_at, sent_at""";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message to send, or a rejected one ({@code body} null, {@code error} saying why). */
    long insert(
            String templateCode,
            long insurerId,
            @Nullable String orgPath,
            String sourceRef,
            @Nullable String recipientCipher,
            String recipientMasked,
            @Nullable String body,
            @Nullable String error,
            Instant now) {
        return jdbc.sql("""
                        insert into notification_outbox (template_code, channel, insurer_id, org_path, source_ref,
                          recipient_cipher, recipient_masked, body, status, next_attempt_at, last_error, requested_at)
                        values (:template, 'SMS', :insurer, :path, :source, :cipher, :masked, :body, :status, :next,
                          :error, :now)
                        returning id""")
                .param("template", templateCode)
                .param("insurer", insurerId)
                .param("path", orgPath)
                .param("source", sourceRef)
                .param("cipher", recipientCipher)
                .param("masked", recipientMasked)
                .param("body", body)
                .param("status", error == null ? MessageStatus.PENDING.name() : MessageStatus.REJECTED.name())
                .param("next", error == null ? Timestamp.from(now) : null)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** A due message claimed for this transaction. */
    record Claimed(long id, String recipientCipher, String body, int attempts) {}

    List<Claimed> claimDue(Instant now, int batch) {
        return jdbc.sql("""
                        select id, recipient_cipher, body, attempts from notification_outbox
                         where status = 'PENDING' and next_attempt_at <= :now
                         order by next_attempt_at, id limit :batch for update skip locked""")
                .param("now", Timestamp.from(now))
                .param("batch", batch)
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("recipient_cipher"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
    }

    void markSent(long id, int attempts, String providerRef, Instant now) {
        jdbc.sql("""
                        update notification_outbox set status = 'SENT', attempts = :attempts, last_attempt_at = :now,
                          sent_at = :now, next_attempt_at = null, provider_ref = :ref, last_error = null
                         where id = :id""")
                .param("attempts", attempts)
                .param("now", Timestamp.from(now))
                .param("ref", providerRef)
                .param("id", id)
                .update();
    }

    /** A failed attempt: retried at {@code nextAttempt}, or given up when it is null. */
    void markFailed(long id, int attempts, String error, @Nullable Instant nextAttempt, Instant now) {
        jdbc.sql("""
                        update notification_outbox set status = :status, attempts = :attempts, last_attempt_at = :now,
                          next_attempt_at = :next, last_error = :error
                         where id = :id""")
                .param("status", nextAttempt == null ? MessageStatus.FAILED.name() : MessageStatus.PENDING.name())
                .param("attempts", attempts)
                .param("now", Timestamp.from(now))
                .param("next", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", id)
                .update();
    }

    /**
     * The latest messages visible in {@code scope}: an insurer's staff see their insurer's messages of
     * their subtree (and the insurer-wide ones from its head office down); associations and counties none.
     */
    List<MessageView> list(DataScope scope, @Nullable MessageStatus status, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = switch (scope.reach()) {
            case PLATFORM -> "true";
            case ORGANISATION_SUBTREE -> {
                ScopeSql units = ScopeSql.over("insurer_id", "org_path", scope);
                params.putAll(units.params());
                yield "(" + units.predicate() + " or (insurer_id = :scopeInsurerId and org_path is null))";
            }
            case ASSOCIATION_AGGREGATES, COUNTY, VILLAGES -> "false";
        };
        if (status != null) {
            where += " and status = :status";
            params.put("status", status.name());
        }
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where " + where
                        + " order by requested_at desc, id desc limit :limit")
                .params(params)
                .query(OutboxRepository::row)
                .list();
    }

    MessageView get(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where id = :id")
                .param("id", id)
                .query(OutboxRepository::row)
                .single();
    }

    private static MessageView row(ResultSet rs, int rowNum) throws SQLException {
        return new MessageView(
                rs.getLong("id"),
                rs.getString("template_code"),
                rs.getString("channel"),
                rs.getLong("insurer_id"),
                rs.getString("org_path"),
                rs.getString("source_ref"),
                rs.getString("recipient_masked"),
                rs.getString("body"),
                MessageStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("last_attempt_at")),
                rs.getString("last_error"),
                rs.getString("provider_ref"),
                rs.getTimestamp("requested_at").toInstant(),
                instant(rs.getTimestamp("sent_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
