package io.shixiao.audit.internal;

import io.shixiao.audit.AuditTrail;
import io.shixiao.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void recordWrite(String action, String entityType, Object entityId, String summary) {
        insert("WRITE", action, CurrentUser.actor(), entityType, entityId, summary);
    }

    @Override
    public void recordPiiView(String entityType, Object entityId, String fields) {
        insert("PII_VIEW", "VIEW", CurrentUser.actor(), entityType, entityId, fields);
    }

    @Override
    public void recordSecurityEvent(String action, String actor, String summary) {
        insert("SECURITY", action, actor, null, null, summary);
    }

    private void insert(
            String kind,
            String action,
            String actor,
            @Nullable String entityType,
            @Nullable Object entityId,
            String summary) {
        jdbc.sql("""
            insert into audit_entry (occurred_at, kind, action, actor, entity_type, entity_id, summary, remote_address)
            values (:at, :kind, :action, :actor, :entityType, :entityId, :summary, :remote)
            """)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("kind", kind)
                .param("action", action)
                .param("actor", actor)
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("summary", summary)
                .param("remote", remoteAddress())
                .update();
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
