package io.shixiao.organization.application;

import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.domain.Zone;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.security.ScopeSql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ZoneRepository {

    private static final String SELECT = """
      select z.id, z.insurer_id, z.org_unit_id, z.name, z.kind, z.active, z.version,
             u.code as unit_code, u.name as unit_name, u.path
      from zone z join org_unit u on u.id = z.org_unit_id
      """;

    private final JdbcClient jdbc;

    ZoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ZoneRecord> find(long id) {
        return load(jdbc.sql(SELECT + " where z.id = ?").param(id)).stream().findFirst();
    }

    /** The active zones of an insurer, for the zone lookup. */
    List<Zone> activeOf(long insurerId) {
        return load(jdbc.sql(SELECT + " where z.insurer_id = ? and z.active").param(insurerId)).stream()
                .map(ZoneRecord::zone)
                .toList();
    }

    List<ZoneRecord> list(ScopeSql scope, Long insurerId, ZoneKind kind, Boolean active, int limit, long offset) {
        return load(jdbc.sql(SELECT + " where " + where(scope) + " order by u.path, z.name limit :limit offset :offset")
                .params(scope.params())
                .params(filters(insurerId, kind, active))
                .param("limit", limit)
                .param("offset", offset));
    }

    long count(ScopeSql scope, Long insurerId, ZoneKind kind, Boolean active) {
        return jdbc.sql("select count(*) from zone z join org_unit u on u.id = z.org_unit_id where " + where(scope))
                .params(scope.params())
                .params(filters(insurerId, kind, active))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> filters(Long insurerId, ZoneKind kind, Boolean active) {
        Map<String, Object> params = new HashMap<>();
        params.put("insurerId", insurerId);
        params.put("kind", kind == null ? null : kind.name());
        params.put("active", active);
        return params;
    }

    private static String where(ScopeSql scope) {
        return scope.predicate()
                + " and (cast(:insurerId as bigint) is null or z.insurer_id = :insurerId)"
                + " and (cast(:kind as text) is null or z.kind = :kind)"
                + " and (cast(:active as boolean) is null or z.active = :active)";
    }

    long insert(Zone zone) {
        long id = jdbc.sql(
                        "insert into zone (insurer_id, org_unit_id, name, kind, active, version) values (?, ?, ?, ?, ?, 0) returning id")
                .params(
                        zone.insurerId(),
                        zone.orgUnitId(),
                        zone.name(),
                        zone.kind().name(),
                        zone.active())
                .query(Long.class)
                .single();
        insertDivisions(id, zone.divisions());
        return id;
    }

    void update(Zone zone) {
        int rows = jdbc.sql(
                        "update zone set org_unit_id = ?, name = ?, kind = ?, active = ?, version = version + 1 where id = ? and version = ?")
                .params(zone.orgUnitId(), zone.name(), zone.kind().name(), zone.active(), zone.id(), zone.version())
                .update();
        OptimisticLock.updated(rows, "Zone", zone.id());
        jdbc.sql("delete from zone_division where zone_id = ?").param(zone.id()).update();
        insertDivisions(zone.id(), zone.divisions());
    }

    private void insertDivisions(long id, Set<DivisionCode> divisions) {
        for (DivisionCode code : divisions) {
            jdbc.sql("insert into zone_division (zone_id, division_code) values (?, ?)")
                    .params(id, code.value())
                    .update();
        }
    }

    private record Row(
            long id,
            long insurerId,
            long orgUnitId,
            String name,
            ZoneKind kind,
            boolean active,
            long version,
            String unitCode,
            String unitName,
            String path) {}

    private List<ZoneRecord> load(JdbcClient.StatementSpec statement) {
        List<Row> rows = statement
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("insurer_id"),
                        rs.getLong("org_unit_id"),
                        rs.getString("name"),
                        ZoneKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("active"),
                        rs.getLong("version"),
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        rs.getString("path")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<DivisionCode>> divisions = new HashMap<>();
        jdbc.sql("select zone_id, division_code from zone_division where zone_id in (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    divisions
                            .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                            .add(DivisionCode.of(rs.getString(2)));
                });
        List<ZoneRecord> result = new ArrayList<>();
        for (Row r : rows) {
            Zone zone = Zone.restore(
                    r.id(),
                    r.insurerId(),
                    r.orgUnitId(),
                    r.name(),
                    r.kind(),
                    divisions.getOrDefault(r.id(), Set.of()),
                    r.active(),
                    r.version());
            result.add(new ZoneRecord(zone, r.unitCode(), r.unitName(), r.path()));
        }
        return result;
    }
}
