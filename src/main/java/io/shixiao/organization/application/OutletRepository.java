package io.shixiao.organization.application;

import io.shixiao.organization.OpeningHours;
import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.domain.DutyAssignment;
import io.shixiao.organization.domain.Outlet;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.security.ScopeSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutletRepository {

    private static final String SELECT = """
      select o.id, o.org_unit_id, o.name, o.address, o.division_code, o.kind, o.hotline, o.active, o.version,
             u.insurer_id, u.code as unit_code, u.name as unit_name, u.path
      from outlet o join org_unit u on u.id = o.org_unit_id
      """;

    private final JdbcClient jdbc;

    OutletRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OutletRecord> find(long id) {
        List<OutletRecord> found = withHours(
                jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::row).list());
        return found.stream().findFirst();
    }

    Optional<WeeklyHours> hours(long outletId) {
        if (jdbc.sql("select count(*) from outlet where id = ?")
                        .param(outletId)
                        .query(Long.class)
                        .single()
                == 0) {
            return Optional.empty();
        }
        return Optional.of(hoursOf(List.of(outletId)).getOrDefault(outletId, new WeeklyHours(Map.of())));
    }

    Map<Long, WeeklyHours> activeHours() {
        List<Long> ids = jdbc.sql("select id from outlet where active order by id")
                .query(Long.class)
                .list();
        Map<Long, WeeklyHours> hours = new java.util.LinkedHashMap<>();
        Map<Long, WeeklyHours> found = ids.isEmpty() ? Map.of() : hoursOf(ids);
        ids.forEach(id -> hours.put(id, found.getOrDefault(id, new WeeklyHours(Map.of()))));
        return hours;
    }

    List<OutletRecord> list(
            ScopeSql scope,
            Long insurerId,
            Long orgUnitId,
            String division,
            Boolean active,
            String q,
            int limit,
            long offset) {
        return withHours(
                jdbc.sql(SELECT + " where " + where(scope) + " order by u.path, o.name limit :limit offset :offset")
                        .params(scope.params())
                        .params(filters(insurerId, orgUnitId, division, active, q))
                        .param("limit", limit)
                        .param("offset", offset)
                        .query(this::row)
                        .list());
    }

    long count(ScopeSql scope, Long insurerId, Long orgUnitId, String division, Boolean active, String q) {
        return jdbc.sql("select count(*) from outlet o join org_unit u on u.id = o.org_unit_id where " + where(scope))
                .params(scope.params())
                .params(filters(insurerId, orgUnitId, division, active, q))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> filters(
            Long insurerId, Long orgUnitId, String division, Boolean active, String q) {
        Map<String, Object> params = new HashMap<>();
        params.put("insurerId", insurerId);
        params.put("orgUnitId", orgUnitId);
        params.put("division", division == null || division.isBlank() ? null : ScopeSql.likePrefix(division.strip()));
        params.put("active", active);
        params.put("q", InsurerRepository.like(q));
        return params;
    }

    private static String where(ScopeSql scope) {
        return scope.predicate()
                + " and (cast(:insurerId as bigint) is null or u.insurer_id = :insurerId)"
                + " and (cast(:orgUnitId as bigint) is null or o.org_unit_id = :orgUnitId)"
                + " and (cast(:division as text) is null or o.division_code like :division)"
                + " and (cast(:active as boolean) is null or o.active = :active)"
                + " and (cast(:q as text) is null or o.name like :q or o.address like :q)";
    }

    long insert(Outlet outlet) {
        long id = jdbc.sql("""
                insert into outlet (org_unit_id, name, address, division_code, kind, hotline, active, version)
                values (:unit, :name, :address, :division, :kind, :hotline, :active, 0) returning id
                """).params(columns(outlet)).query(Long.class).single();
        insertHours(id, outlet.hours());
        return id;
    }

    void update(Outlet outlet) {
        Map<String, Object> params = columns(outlet);
        params.put("id", outlet.id());
        params.put("version", outlet.version());
        int rows = jdbc.sql("""
                update outlet set org_unit_id = :unit, name = :name, address = :address, division_code = :division,
                  kind = :kind, hotline = :hotline, active = :active, version = version + 1
                where id = :id and version = :version
                """).params(params).update();
        OptimisticLock.updated(rows, "Outlet", outlet.id());
        jdbc.sql("delete from outlet_hours where outlet_id = ?")
                .param(outlet.id())
                .update();
        insertHours(outlet.id(), outlet.hours());
    }

    private static Map<String, Object> columns(Outlet outlet) {
        Map<String, Object> params = new HashMap<>();
        params.put("unit", outlet.orgUnitId());
        params.put("name", outlet.name());
        params.put("address", outlet.address());
        params.put("division", outlet.divisionCode().value());
        params.put("kind", outlet.kind().name());
        params.put("hotline", outlet.hotline());
        params.put("active", outlet.active());
        return params;
    }

    private void insertHours(long outletId, WeeklyHours hours) {
        hours.days()
                .forEach((day, open) -> jdbc.sql(
                                "insert into outlet_hours (outlet_id, day_of_week, opens_at, closes_at) values (?, ?, ?, ?)")
                        .params(outletId, day.getValue(), open.opens(), open.closes())
                        .update());
    }

    List<RosterEntry> duty(long outletId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
            select d.duty_date, d.staff_id, s.name, s.employee_no, d.note
            from outlet_duty d join staff s on s.id = d.staff_id
            where d.outlet_id = ? and d.duty_date between ? and ? order by d.duty_date, s.employee_no
            """)
                .params(outletId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new RosterEntry(
                        rs.getDate("duty_date").toLocalDate(),
                        rs.getLong("staff_id"),
                        rs.getString("name"),
                        rs.getString("employee_no"),
                        rs.getString("note")))
                .list();
    }

    /** Replaces who is on duty at an outlet on {@code date}. */
    void replaceDuty(long outletId, LocalDate date, List<DutyAssignment> assignments) {
        jdbc.sql("delete from outlet_duty where outlet_id = ? and duty_date = ?")
                .params(outletId, Date.valueOf(date))
                .update();
        for (DutyAssignment a : assignments) {
            jdbc.sql("insert into outlet_duty (outlet_id, duty_date, staff_id, note) values (?, ?, ?, ?)")
                    .params(outletId, Date.valueOf(date), a.staffId(), a.note())
                    .update();
        }
    }

    private List<OutletRecord> withHours(List<OutletRecord> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, WeeklyHours> hours =
                hoursOf(rows.stream().map(r -> r.outlet().id()).toList());
        return rows.stream()
                .map(r -> {
                    Outlet o = r.outlet();
                    Outlet full = Outlet.restore(
                            o.id(),
                            o.orgUnitId(),
                            o.name(),
                            o.address(),
                            o.divisionCode(),
                            o.kind(),
                            o.hotline(),
                            hours.getOrDefault(o.id(), new WeeklyHours(Map.of())),
                            o.active(),
                            o.version());
                    return new OutletRecord(full, r.insurerId(), r.orgUnitCode(), r.orgUnitName(), r.orgPath());
                })
                .toList();
    }

    private Map<Long, WeeklyHours> hoursOf(List<Long> ids) {
        Map<Long, EnumMap<DayOfWeek, OpeningHours>> days = new HashMap<>();
        jdbc.sql("select outlet_id, day_of_week, opens_at, closes_at from outlet_hours where outlet_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    days.computeIfAbsent(rs.getLong("outlet_id"), k -> new EnumMap<>(DayOfWeek.class))
                            .put(
                                    DayOfWeek.of(rs.getInt("day_of_week")),
                                    new OpeningHours(
                                            rs.getObject("opens_at", LocalTime.class),
                                            rs.getObject("closes_at", LocalTime.class)));
                });
        Map<Long, WeeklyHours> result = new HashMap<>();
        days.forEach((id, map) -> result.put(id, new WeeklyHours(map)));
        return result;
    }

    private OutletRecord row(ResultSet rs, int n) throws SQLException {
        Outlet outlet = Outlet.restore(
                rs.getLong("id"),
                rs.getLong("org_unit_id"),
                rs.getString("name"),
                rs.getString("address"),
                DivisionCode.of(rs.getString("division_code")),
                OutletKind.valueOf(rs.getString("kind")),
                rs.getString("hotline"),
                new WeeklyHours(Map.of()),
                rs.getBoolean("active"),
                rs.getLong("version"));
        return new OutletRecord(
                outlet,
                rs.getLong("insurer_id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("path"));
    }
}
