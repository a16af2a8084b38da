package io.shixiao.organization.application;

import io.shixiao.organization.domain.Insurer;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InsurerRepository {

    private static final String COLUMNS = "id, code, full_name, short_name, credit_code, hotline, active, version";

    private final JdbcClient jdbc;

    InsurerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Insurer> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from insurer where id = ?")
                .param(id)
                .query(InsurerRepository::map)
                .optional();
    }

    Optional<Insurer> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from insurer where code = ?")
                .param(code)
                .query(InsurerRepository::map)
                .optional();
    }

    List<Insurer> list(String q, Boolean active, Long onlyId, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from insurer where " + where(onlyId)
                        + " order by code limit :limit offset :offset")
                .param("q", like(q))
                .param("active", active)
                .param("onlyId", onlyId)
                .param("limit", limit)
                .param("offset", offset)
                .query(InsurerRepository::map)
                .list();
    }

    long count(String q, Boolean active, Long onlyId) {
        return jdbc.sql("select count(*) from insurer where " + where(onlyId))
                .param("q", like(q))
                .param("active", active)
                .param("onlyId", onlyId)
                .query(Long.class)
                .single();
    }

    private static String where(Long onlyId) {
        return "(cast(:q as text) is null or code ilike :q or full_name like :q or short_name like :q)"
                + " and (cast(:active as boolean) is null or active = :active)"
                + (onlyId == null ? "" : " and id = :onlyId");
    }

    /** A search term as a LIKE pattern; a NUL character, which PostgreSQL text cannot hold, is dropped. */
    static String like(String q) {
        String term = q == null ? null : q.replace("\u0000", "").strip();
        return term == null || term.isEmpty() ? null : "%" + ScopeSql.likePrefix(term);
    }

    long insert(Insurer insurer) {
        return jdbc.sql("""
            insert into insurer (code, full_name, short_name, credit_code, hotline, active, version)
            values (:code, :fullName, :shortName, :creditCode, :hotline, :active, 0) returning id
            """)
                .param("code", insurer.code())
                .param("fullName", insurer.fullName())
                .param("shortName", insurer.shortName())
                .param("creditCode", insurer.creditCode().value())
                .param("hotline", insurer.hotline())
                .param("active", insurer.active())
                .query(Long.class)
                .single();
    }

    void update(Insurer insurer) {
        int rows = jdbc.sql("""
                update insurer set full_name = :fullName, short_name = :shortName, credit_code = :creditCode,
                  hotline = :hotline, active = :active, version = version + 1
                where id = :id and version = :version
                """)
                .param("fullName", insurer.fullName())
                .param("shortName", insurer.shortName())
                .param("creditCode", insurer.creditCode().value())
                .param("hotline", insurer.hotline())
                .param("active", insurer.active())
                .param("id", insurer.id())
                .param("version", insurer.version())
                .update();
        OptimisticLock.updated(rows, "Insurer", insurer.id());
    }

    long countActiveUnits(long insurerId) {
        return jdbc.sql("select count(*) from org_unit where insurer_id = ? and active")
                .param(insurerId)
                .query(Long.class)
                .single();
    }

    private static Insurer map(ResultSet rs, int row) throws SQLException {
        return Insurer.restore(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("full_name"),
                rs.getString("short_name"),
                UnifiedSocialCreditCode.of(rs.getString("credit_code")),
                rs.getString("hotline"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
