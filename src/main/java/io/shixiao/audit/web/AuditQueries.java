package io.shixiao.audit.web;

import io.shixiao.shared.time.ShanghaiTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class AuditQueries {

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditRow> find(AuditFilter filter, int offset, int limit) {
        return jdbc.sql("""
            select occurred_at, kind, action, actor, entity_type, entity_id, summary, remote_address
              from audit_entry
             where (cast(:kind as varchar) is null or kind = :kind)
               and (cast(:actor as varchar) is null or actor = :actor)
               and (cast(:entity as varchar) is null or entity_type = :entity)
             order by occurred_at desc, id desc
             offset :offset limit :limit
            """)
                .param("kind", filter.kind())
                .param("actor", filter.actor())
                .param("entity", filter.entity())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new AuditRow(
                        ShanghaiTime.display(rs.getTimestamp("occurred_at").toInstant()),
                        rs.getString("kind"),
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("summary"),
                        rs.getString("remote_address")))
                .list();
    }
}
