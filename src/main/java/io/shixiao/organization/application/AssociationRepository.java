package io.shixiao.organization.application;

import io.shixiao.organization.domain.Association;
import io.shixiao.organization.domain.Membership;
import io.shixiao.shared.division.DivisionCode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssociationRepository {

    private final JdbcClient jdbc;

    AssociationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Association> find(long id) {
        return load(jdbc.sql("select * from association where id = ?").param(id)).stream()
                .findFirst();
    }

    Optional<Association> findByCode(String code) {
        return load(jdbc.sql("select * from association where code = ?").param(code)).stream()
                .findFirst();
    }

    List<Association> list(String q, Boolean active, Long onlyId, int limit, long offset) {
        return load(jdbc.sql("select * from association where " + where(onlyId)
                        + " order by code limit :limit offset :offset")
                .params(filters(q, active, onlyId))
                .param("limit", limit)
                .param("offset", offset));
    }

    long count(String q, Boolean active, Long onlyId) {
        return jdbc.sql("select count(*) from association where " + where(onlyId))
                .params(filters(q, active, onlyId))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> filters(String q, Boolean active, Long onlyId) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", InsurerRepository.like(q));
        params.put("active", active);
        params.put("onlyId", onlyId);
        return params;
    }

    private static String where(Long onlyId) {
        return "(cast(:q as text) is null or code ilike :q or name like :q)"
                + " and (cast(:active as boolean) is null or active = :active)"
                + (onlyId == null ? "" : " and id = :onlyId");
    }

    long insert(Association association) {
        long id = jdbc.sql(
                        "insert into association (code, name, division_code, active, version) values (?, ?, ?, ?, 0) returning id")
                .params(
                        association.code(),
                        association.name(),
                        association.divisionCode().value(),
                        association.active())
                .query(Long.class)
                .single();
        insertMembers(id, association.members());
        return id;
    }

    void update(Association association) {
        int rows = jdbc.sql(
                        "update association set name = ?, division_code = ?, active = ?, version = version + 1 where id = ? and version = ?")
                .params(
                        association.name(),
                        association.divisionCode().value(),
                        association.active(),
                        association.id(),
                        association.version())
                .update();
        OptimisticLock.updated(rows, "Association", association.id());
        jdbc.sql("delete from association_member where association_id = ?")
                .param(association.id())
                .update();
        insertMembers(association.id(), association.members());
    }

    private void insertMembers(long id, List<Membership> members) {
        for (Membership m : members) {
            jdbc.sql(
                            "insert into association_member (association_id, insurer_id, joined_on, left_on) values (?, ?, ?, ?)")
                    .params(
                            id,
                            m.insurerId(),
                            Date.valueOf(m.joinedOn()),
                            m.leftOn() == null ? null : Date.valueOf(m.leftOn()))
                    .update();
        }
    }

    private record Row(long id, String code, String name, String division, boolean active, long version) {}

    private List<Association> load(JdbcClient.StatementSpec statement) {
        List<Row> rows = statement
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("division_code"),
                        rs.getBoolean("active"),
                        rs.getLong("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Membership>> members = new HashMap<>();
        jdbc.sql(
                        "select association_id, insurer_id, joined_on, left_on from association_member where association_id in (:ids) order by joined_on, insurer_id")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    Date left = rs.getDate("left_on");
                    members.computeIfAbsent(rs.getLong("association_id"), k -> new ArrayList<>())
                            .add(new Membership(
                                    rs.getLong("insurer_id"),
                                    rs.getDate("joined_on").toLocalDate(),
                                    left == null ? null : left.toLocalDate()));
                });
        return rows.stream()
                .map(r -> Association.restore(
                        r.id(),
                        r.code(),
                        r.name(),
                        DivisionCode.of(r.division()),
                        members.getOrDefault(r.id(), List.of()),
                        r.active(),
                        r.version()))
                .toList();
    }
}
