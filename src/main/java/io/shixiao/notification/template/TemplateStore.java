package io.shixiao.notification.template;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The templates in PostgreSQL. */
@Repository
class TemplateStore {

    private static final String COLUMNS =
            "code, channel, name, body, variables, source, quote, updated_by, updated_at, version";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MessageTemplate> all() {
        return jdbc.sql("select " + COLUMNS + " from notification_template order by code")
                .query(TemplateStore::row)
                .list();
    }

    Optional<MessageTemplate> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from notification_template where code = :code")
                .param("code", code)
                .query(TemplateStore::row)
                .optional();
    }

    /** Writes a packaged template unless one with its code exists (an administrator may have edited it). */
    boolean insertIfAbsent(MessageTemplate template) {
        return jdbc.sql("""
                        insert into notification_template (code, channel, name, body, variables, source, quote, updated_by,
                          updated_at, version)
                        values (:code, :channel, :name, :body, cast(:variables as varchar[]), :source, :quote, :by, :at, 0)
                        on conflict (code) do nothing""")
                        .param("code", template.code())
                        .param("channel", template.channel())
                        .param("name", template.name())
                        .param("body", template.body())
                        .param("variables", "{" + String.join(",", template.variables()) + "}")
                        .param("source", template.source())
                        .param("quote", template.quote())
                        .param("by", template.updatedBy())
                        .param("at", Timestamp.from(template.updatedAt()))
                        .update()
                > 0;
    }

    void updateBody(String code, String body, int version, String actor, Instant now) {
        int rows = jdbc.sql("""
                        update notification_template set body = :body, updated_by = :by, updated_at = :at,
                          version = version + 1
                         where code = :code and version = :version""")
                .param("body", body)
                .param("by", actor)
                .param("at", Timestamp.from(now))
                .param("code", code)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("template " + code + " changed since version " + version);
        }
    }

    private static MessageTemplate row(ResultSet rs, int rowNum) throws SQLException {
        Array variables = rs.getArray("variables");
        return new MessageTemplate(
                rs.getString("code"),
                rs.getString("channel"),
                rs.getString("name"),
                rs.getString("body"),
                Arrays.asList((String[]) variables.getArray()),
                rs.getString("source"),
                rs.getString("quote"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
