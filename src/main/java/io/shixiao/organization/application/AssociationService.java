package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.domain.Association;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insurance associations (行业协会) and their members. Associations are public bodies: every insurer
 * user and every association user may read them. An association sees counts over its members and
 * its certificate registry, never an insurer's staff list.
 */
@Service
public class AssociationService {

    private final AssociationRepository associations;
    private final InsurerRepository insurers;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    AssociationService(
            AssociationRepository associations,
            InsurerRepository insurers,
            OrganizationAccess access,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.associations = associations;
        this.insurers = insurers;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    private static boolean mayRead(DataScope scope) {
        return scope.reach() != DataScope.Reach.COUNTY;
    }

    /** Whether the user may see the counts and certificate registry of association {@code id}. */
    private static boolean mayInspect(DataScope scope, long id) {
        return scope.isPlatform()
                || (scope.reach() == DataScope.Reach.ASSOCIATION_AGGREGATES && scope.associationId() == id);
    }

    @Transactional(readOnly = true)
    public Paged<Association> list(String q, Boolean active, PageRequest page) {
        if (!mayRead(access.scope())) {
            return new Paged<>(List.of(), page.page(), page.size(), 0);
        }
        return new Paged<>(
                associations.list(q, active, null, page.size(), page.offset()),
                page.page(),
                page.size(),
                associations.count(q, active, null));
    }

    @Transactional(readOnly = true)
    public Association get(long id) {
        access.requireVisible(mayRead(access.scope()), "Association", id);
        return associations.find(id).orElseThrow(() -> new NotFoundException("Association", id));
    }

    /** The insurer's name for a member list; members are public, so no scope applies. */
    @Transactional(readOnly = true)
    public String insurerName(long insurerId) {
        return insurers.find(insurerId).map(i -> i.shortName()).orElse(String.valueOf(insurerId));
    }

    @Transactional
    public Association create(String code, String name, String divisionCode) {
        access.requireAdmin();
        if (associations.findByCode(code).isPresent()) {
            throw new ConflictException("code", "Association code " + code + " is already taken");
        }
        Association association = Association.found(code, name, access.division("divisionCode", divisionCode));
        long id;
        try {
            id = associations.insert(association);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", "Association code " + code + " is already taken");
        }
        audit.recordWrite("CREATE", "Association", id, "Founded association " + code + " " + name);
        return associations.find(id).orElseThrow();
    }

    @Transactional
    public Association update(long id, long version, String name, String divisionCode) {
        access.requireAdmin();
        Association association = get(id);
        OptimisticLock.check("Association", id, version, association.version());
        association.revise(name, access.division("divisionCode", divisionCode));
        associations.update(association);
        audit.recordWrite("UPDATE", "Association", id, "Revised association " + association.code());
        return associations.find(id).orElseThrow();
    }

    @Transactional
    public Association deactivate(long id, long version) {
        access.requireAdmin();
        Association association = get(id);
        OptimisticLock.check("Association", id, version, association.version());
        association.deactivate();
        associations.update(association);
        audit.recordWrite("DEACTIVATE", "Association", id, "Deactivated association " + association.code());
        return associations.find(id).orElseThrow();
    }

    @Transactional
    public Association admit(long id, long version, long insurerId, LocalDate joinedOn) {
        access.requireAdmin();
        Association association = get(id);
        OptimisticLock.check("Association", id, version, association.version());
        insurers.find(insurerId)
                .orElseThrow(() -> new InvalidInputException("insurerId", "unknown insurer " + insurerId));
        association.admit(insurerId, joinedOn);
        associations.update(association);
        audit.recordWrite("ADMIT", "Association", id, "Insurer " + insurerId + " joined on " + joinedOn);
        return associations.find(id).orElseThrow();
    }

    @Transactional
    public Association release(long id, long version, long insurerId, LocalDate leftOn) {
        access.requireAdmin();
        Association association = get(id);
        OptimisticLock.check("Association", id, version, association.version());
        association.release(insurerId, leftOn);
        associations.update(association);
        audit.recordWrite("RELEASE", "Association", id, "Insurer " + insurerId + " left on " + leftOn);
        return associations.find(id).orElseThrow();
    }

    /** Counts per current member insurer; for the platform and the association itself. */
    @Transactional(readOnly = true)
    public List<MemberStatistics> statistics(long id) {
        access.requireVisible(mayInspect(access.scope(), id), "Association", id);
        get(id);
        return jdbc.sql("""
            select i.id, i.code, i.short_name,
              (select count(*) from org_unit u where u.insurer_id = i.id and u.active) as units,
              (select count(*) from outlet o join org_unit u on u.id = o.org_unit_id where u.insurer_id = i.id and o.active) as outlets,
              (select count(*) from staff s where s.insurer_id = i.id and s.active) as staff
            from association_member m join insurer i on i.id = m.insurer_id
            where m.association_id = ? and m.left_on is null
            order by i.code
            """)
                .param(id)
                .query((rs, n) -> new MemberStatistics(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("short_name"),
                        rs.getLong("units"),
                        rs.getLong("outlets"),
                        rs.getLong("staff")))
                .list();
    }

    /**
     * Staff of current members holding an association certificate: names and certificate numbers, which the
     * association issues and may publish (the 陇南–天水 scheme), but no contact data: an association works
     * with aggregates, and a mobile, even masked, is not its business.
     */
    @Transactional(readOnly = true)
    public Paged<CertificateEntry> certificateRegistry(long id, String q, PageRequest page) {
        access.requireVisible(mayInspect(access.scope(), id), "Association", id);
        get(id);
        String where = """
        from staff s join insurer i on i.id = s.insurer_id
          join association_member m on m.insurer_id = i.id and m.association_id = :id and m.left_on is null
        where s.association_cert_no is not null
          and (cast(:q as text) is null or s.name like :q or s.association_cert_no ilike :q)
        """;
        List<CertificateEntry> items = jdbc.sql("select i.short_name, s.name, s.association_cert_no, s.active " + where
                        + " order by s.association_cert_no limit :limit offset :offset")
                .param("id", id)
                .param("q", InsurerRepository.like(q))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) ->
                        new CertificateEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
        long total = jdbc.sql("select count(*) " + where)
                .param("id", id)
                .param("q", InsurerRepository.like(q))
                .query(Long.class)
                .single();
        return new Paged<>(items, page.page(), page.size(), total);
    }
}
