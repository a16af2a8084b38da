package io.shixiao.organization.application;

import io.shixiao.organization.domain.Qualification;
import io.shixiao.organization.domain.Staff;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopeSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff with the mobile number encrypted at rest and a keyed hash beside it for exact search. */
@Repository
class StaffRepository {

    private static final String SELECT = """
      select s.id, s.insurer_id, s.org_unit_id, s.name, s.employee_no, s.mobile_cipher, s.association_cert_no,
             s.active, s.version, u.code as unit_code, u.name as unit_name, u.path
      from staff s join org_unit u on u.id = s.org_unit_id
      """;

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    StaffRepository(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<StaffRecord> find(long id) {
        return complete(jdbc.sql(SELECT + " where s.id = ?")
                        .param(id)
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<StaffRecord> findByEmployeeNo(long insurerId, String employeeNo) {
        return complete(jdbc.sql(SELECT + " where s.insurer_id = ? and s.employee_no = ?")
                        .params(insurerId, employeeNo)
                        .query(this::row)
                        .list())
                .stream()
                .findFirst();
    }

    boolean employeeNoTaken(long insurerId, String employeeNo, Long exceptId) {
        return jdbc.sql("select count(*) from staff where insurer_id = ? and employee_no = ? and id <> ?")
                        .params(insurerId, employeeNo, exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<StaffRecord> list(ScopeSql scope, StaffFilter filter, int limit, long offset) {
        return complete(jdbc.sql(SELECT + " where " + where(scope)
                        + " order by u.path, s.employee_no limit :limit offset :offset")
                .params(scope.params())
                .params(filters(filter))
                .param("limit", limit)
                .param("offset", offset)
                .query(this::row)
                .list());
    }

    long count(ScopeSql scope, StaffFilter filter) {
        return jdbc.sql("select count(*) from staff s join org_unit u on u.id = s.org_unit_id where " + where(scope))
                .params(scope.params())
                .params(filters(filter))
                .query(Long.class)
                .single();
    }

    /** Streams every matching row in batches, for exports that must not hold the whole list in memory. */
    void forEach(ScopeSql scope, StaffFilter filter, Consumer<StaffRecord> consumer) {
        int batch = 500;
        for (int offset = 0; ; offset += batch) {
            List<StaffRecord> rows = list(scope, filter, batch, offset);
            rows.forEach(consumer);
            if (rows.size() < batch) {
                return;
            }
        }
    }

    private Map<String, Object> filters(StaffFilter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("insurerId", f.insurerId());
        params.put("orgUnitId", f.orgUnitId());
        params.put("role", f.role() == null ? null : f.role().name());
        params.put("active", f.active());
        params.put("q", InsurerRepository.like(f.q()));
        params.put(
                "mobileHash",
                f.mobile() == null || f.mobile().isBlank()
                        ? null
                        : cipher.hash(f.mobile().strip()));
        return params;
    }

    private static String where(ScopeSql scope) {
        return scope.predicate()
                + " and (cast(:insurerId as bigint) is null or s.insurer_id = :insurerId)"
                + " and (cast(:orgUnitId as bigint) is null or s.org_unit_id = :orgUnitId)"
                + " and (cast(:role as text) is null or exists (select 1 from staff_role r where r.staff_id = s.id and r.role = :role))"
                + " and (cast(:active as boolean) is null or s.active = :active)"
                + " and (cast(:q as text) is null or s.name like :q or s.employee_no ilike :q or s.association_cert_no ilike :q)"
                + " and (cast(:mobileHash as text) is null or s.mobile_hash = :mobileHash)";
    }

    long insert(Staff staff) {
        Map<String, Object> params = columns(staff);
        params.put("insurerId", staff.insurerId());
        long id = jdbc.sql("""
                insert into staff (insurer_id, org_unit_id, name, employee_no, mobile_cipher, mobile_hash,
                  association_cert_no, active, version)
                values (:insurerId, :unit, :name, :employeeNo, :mobileCipher, :mobileHash, :cert, :active, 0) returning id
                """).params(params).query(Long.class).single();
        insertChildren(id, staff);
        return id;
    }

    void update(Staff staff) {
        Map<String, Object> params = columns(staff);
        params.put("id", staff.id());
        params.put("version", staff.version());
        int rows = jdbc.sql("""
                update staff set org_unit_id = :unit, name = :name, employee_no = :employeeNo,
                  mobile_cipher = :mobileCipher, mobile_hash = :mobileHash, association_cert_no = :cert,
                  active = :active, version = version + 1
                where id = :id and version = :version
                """).params(params).update();
        OptimisticLock.updated(rows, "Staff", staff.id());
        jdbc.sql("delete from staff_role where staff_id = ?").param(staff.id()).update();
        jdbc.sql("delete from staff_qualification where staff_id = ?")
                .param(staff.id())
                .update();
        insertChildren(staff.id(), staff);
    }

    private Map<String, Object> columns(Staff staff) {
        Map<String, Object> params = new HashMap<>();
        params.put("unit", staff.orgUnitId());
        params.put("name", staff.name());
        params.put("employeeNo", staff.employeeNo());
        params.put("mobileCipher", cipher.encrypt(staff.mobile().value()));
        params.put("mobileHash", cipher.hash(staff.mobile().value()));
        params.put("cert", staff.associationCertificateNo());
        params.put("active", staff.active());
        return params;
    }

    private void insertChildren(long id, Staff staff) {
        for (Role role : staff.roles()) {
            jdbc.sql("insert into staff_role (staff_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        int ordinal = 0;
        for (Qualification q : staff.qualifications()) {
            jdbc.sql(
                            "insert into staff_qualification (staff_id, ordinal, name, number, issuer, issued_on, expires_on) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            ordinal++,
                            q.name(),
                            q.number(),
                            q.issuer(),
                            Date.valueOf(q.issuedOn()),
                            q.expiresOn() == null ? null : Date.valueOf(q.expiresOn()))
                    .update();
        }
    }

    private List<StaffRecord> complete(List<StaffRecord> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(r -> r.staff().id()).toList();
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select staff_id, role from staff_role where staff_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                });
        Map<Long, List<Qualification>> qualifications = new HashMap<>();
        jdbc.sql(
                        "select staff_id, name, number, issuer, issued_on, expires_on from staff_qualification where staff_id in (:ids) order by staff_id, ordinal")
                .param("ids", ids)
                .query(rs -> {
                    Date expires = rs.getDate("expires_on");
                    qualifications
                            .computeIfAbsent(rs.getLong("staff_id"), k -> new ArrayList<>())
                            .add(new Qualification(
                                    rs.getString("name"),
                                    rs.getString("number"),
                                    rs.getString("issuer"),
                                    rs.getDate("issued_on").toLocalDate(),
                                    expires == null ? null : expires.toLocalDate()));
                });
        return rows.stream()
                .map(r -> {
                    Staff s = r.staff();
                    Staff full = Staff.restore(
                            s.id(),
                            s.insurerId(),
                            s.orgUnitId(),
                            s.name(),
                            s.employeeNo(),
                            s.mobile(),
                            roles.getOrDefault(s.id(), Set.of()),
                            qualifications.getOrDefault(s.id(), List.of()),
                            s.associationCertificateNo(),
                            s.active(),
                            s.version());
                    return new StaffRecord(full, r.orgUnitCode(), r.orgUnitName(), r.orgPath());
                })
                .toList();
    }

    private StaffRecord row(ResultSet rs, int n) throws SQLException {
        Staff staff = Staff.restore(
                rs.getLong("id"),
                rs.getLong("insurer_id"),
                rs.getLong("org_unit_id"),
                rs.getString("name"),
                rs.getString("employee_no"),
                new MobileNumber(cipher.decrypt(rs.getString("mobile_cipher"))),
                Set.of(),
                List.of(),
                rs.getString("association_cert_no"),
                rs.getBoolean("active"),
                rs.getLong("version"));
        return new StaffRecord(staff, rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("path"));
    }
}
