package io.shixiao.organization.application;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrgUnitRepository {

    static final String COLUMNS =
            "u.id, u.insurer_id, u.parent_id, u.level, u.code, u.name, u.division_code, u.path, u.active, u.version";

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrgUnit> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u where u.id = ?")
                .param(id)
                .query(OrgUnitRepository::map)
                .optional();
    }

    Optional<OrgUnit> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u where u.code = ? order by u.id limit 1")
                .param(code)
                .query(OrgUnitRepository::map)
                .optional();
    }

    Optional<OrgUnit> findRoot(long insurerId) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u where u.insurer_id = ? and u.parent_id is null")
                .param(insurerId)
                .query(OrgUnitRepository::map)
                .optional();
    }

    boolean codeTaken(long insurerId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from org_unit where insurer_id = ? and code = ? and id <> ?")
                        .params(insurerId, code, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every unit of an insurer, in tree order (by path). */
    List<OrgUnit> ofInsurer(long insurerId) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u where u.insurer_id = ? order by u.path")
                .param(insurerId)
                .query(OrgUnitRepository::map)
                .list();
    }

    List<OrgUnit> list(
            ScopeSql scope, Long insurerId, OrgUnitLevel level, Boolean active, String q, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from org_unit u where " + where(scope)
                        + " order by u.insurer_id, u.path limit :limit offset :offset")
                .params(scope.params())
                .param("insurerId", insurerId)
                .param("level", level == null ? null : level.name())
                .param("active", active)
                .param("q", InsurerRepository.like(q))
                .param("limit", limit)
                .param("offset", offset)
                .query(OrgUnitRepository::map)
                .list();
    }

    long count(ScopeSql scope, Long insurerId, OrgUnitLevel level, Boolean active, String q) {
        return jdbc.sql("select count(*) from org_unit u where " + where(scope))
                .params(scope.params())
                .param("insurerId", insurerId)
                .param("level", level == null ? null : level.name())
                .param("active", active)
                .param("q", InsurerRepository.like(q))
                .query(Long.class)
                .single();
    }

    private static String where(ScopeSql scope) {
        return scope.predicate()
                + " and (cast(:insurerId as bigint) is null or u.insurer_id = :insurerId)"
                + " and (cast(:level as text) is null or u.level = :level)"
                + " and (cast(:active as boolean) is null or u.active = :active)"
                + " and (cast(:q as text) is null or u.code ilike :q or u.name like :q)";
    }

    long insert(OrgUnit unit) {
        long id =
                jdbc.sql("select nextval('org_unit_id_seq')").query(Long.class).single();
        unit.assignId(id);
        jdbc.sql("""
            insert into org_unit (id, insurer_id, parent_id, level, code, name, division_code, path, active, version)
            values (:id, :insurerId, :parentId, :level, :code, :name, :division, :path, :active, 0)
            """)
                .param("id", id)
                .param("insurerId", unit.insurerId())
                .param("parentId", unit.parentId())
                .param("level", unit.level().name())
                .param("code", unit.code())
                .param("name", unit.name())
                .param("division", unit.divisionCode().value())
                .param("path", unit.path())
                .param("active", unit.active())
                .update();
        return id;
    }

    void update(OrgUnit unit) {
        int rows = jdbc.sql("""
                update org_unit set code = :code, name = :name, division_code = :division, active = :active,
                  version = version + 1
                where id = :id and version = :version
                """)
                .param("code", unit.code())
                .param("name", unit.name())
                .param("division", unit.divisionCode().value())
                .param("active", unit.active())
                .param("id", unit.id())
                .param("version", unit.version())
                .update();
        OptimisticLock.updated(rows, "Org unit", unit.id());
    }

    long countActiveChildren(long id) {
        return jdbc.sql("select count(*) from org_unit where parent_id = ? and active")
                .param(id)
                .query(Long.class)
                .single();
    }

    long countActiveStaff(long id) {
        return jdbc.sql("select count(*) from staff where org_unit_id = ? and active")
                .param(id)
                .query(Long.class)
                .single();
    }

    long countActiveOutlets(long id) {
        return jdbc.sql("select count(*) from outlet where org_unit_id = ? and active")
                .param(id)
                .query(Long.class)
                .single();
    }

    static OrgUnit map(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        return OrgUnit.restore(
                rs.getLong("id"),
                rs.getLong("insurer_id"),
                parent,
                OrgUnitLevel.valueOf(rs.getString("level")),
                rs.getString("code"),
                rs.getString("name"),
                DivisionCode.of(rs.getString("division_code")),
                rs.getString("path"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
