package io.shixiao.organization.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.organization.domain.Qualification;
import io.shixiao.organization.domain.Staff;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopeSql;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff: hiring, revising, deactivating, and the audited view of an unmasked mobile number. */
@Service
public class StaffService {

    private final StaffRepository staff;
    private final OrgUnitService units;
    private final OrganizationAccess access;
    private final AuditTrail audit;

    StaffService(StaffRepository staff, OrgUnitService units, OrganizationAccess access, AuditTrail audit) {
        this.staff = staff;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Staff in scope. Searching by a mobile number confirms whose number it is, so it is itself a view of
     * the number: only roles that may reveal mobiles may search by one, and each search is audited.
     */
    @Transactional
    public Paged<StaffRecord> list(StaffFilter filter, PageRequest page) {
        checkMobileFilter(filter);
        ScopeSql scope = ScopeSql.over("u", access.scope());
        Paged<StaffRecord> found = new Paged<>(
                staff.list(scope, filter, page.size(), page.offset()),
                page.page(),
                page.size(),
                staff.count(scope, filter));
        auditMobileSearch(filter, found.items());
        return found;
    }

    /** Every staff member in scope matching {@code filter}, in batches (for exports). */
    @Transactional(readOnly = true)
    public void forEach(StaffFilter filter, Consumer<StaffRecord> consumer) {
        checkMobileFilter(filter);
        staff.forEach(ScopeSql.over("u", access.scope()), filter, consumer);
    }

    private void checkMobileFilter(StaffFilter filter) {
        if (filter.mobile() == null || filter.mobile().isBlank()) {
            return;
        }
        if (!access.maySearchByMobile()) {
            throw new AccessDeniedException("Searching staff by mobile number is for administrators and managers");
        }
        if (!MobileNumber.isValid(filter.mobile().strip())) {
            throw new InvalidInputException("mobile", "must be 11 digits starting 13-19");
        }
    }

    // A hit tells the searcher that member's number; a miss is recorded too, so guessing shows in the trail.
    private void auditMobileSearch(StaffFilter filter, List<StaffRecord> found) {
        if (filter.mobile() == null || filter.mobile().isBlank()) {
            return;
        }
        String masked = Masks.mobile(filter.mobile().strip());
        if (found.isEmpty()) {
            audit.recordPiiView("Staff", "search", "mobile " + masked + " searched, no match");
        }
        found.forEach(
                record -> audit.recordPiiView("Staff", record.staff().id(), "mobile " + masked + " found by search"));
    }

    @Transactional(readOnly = true)
    public StaffRecord get(long id) {
        StaffRecord record = staff.find(id).orElseThrow(() -> new NotFoundException("Staff", id));
        access.requireVisible(access.scope().canSee(record.staff().insurerId(), record.orgPath()), "Staff", id);
        return record;
    }

    /** The unmasked mobile number; every call is written to the audit trail as a view of personal data. */
    @Transactional
    public String revealMobile(long id) {
        StaffRecord record = get(id);
        audit.recordPiiView("Staff", id, "mobile");
        return record.staff().mobile().value();
    }

    @Transactional
    public StaffRecord create(
            long orgUnitId,
            String name,
            String employeeNo,
            String mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            String associationCertificateNo) {
        OrgUnit unit = units.placement("orgUnitId", orgUnitId);
        access.requireManage(unit.insurerId(), unit.path());
        if (staff.employeeNoTaken(unit.insurerId(), employeeNo, null)) {
            throw new ConflictException(
                    "employeeNo", "Employee number " + employeeNo + " is already taken at this insurer");
        }
        Staff member = Staff.hire(
                unit.insurerId(),
                orgUnitId,
                name,
                employeeNo,
                mobile(mobile),
                roles,
                qualifications,
                associationCertificateNo);
        long id;
        try {
            id = staff.insert(member);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "employeeNo", "Employee number " + employeeNo + " is already taken at this insurer");
        }
        audit.recordWrite(
                "CREATE", "Staff", id, "Hired " + employeeNo + " at " + unit.code() + " as " + member.roles());
        return staff.find(id).orElseThrow();
    }

    @Transactional
    public StaffRecord update(
            long id,
            long version,
            long orgUnitId,
            String name,
            String employeeNo,
            String mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            String associationCertificateNo) {
        StaffRecord current = get(id);
        Staff member = current.staff();
        access.requireManage(member.insurerId(), current.orgPath());
        OptimisticLock.check("Staff", id, version, member.version());
        OrgUnit unit = units.placement("orgUnitId", orgUnitId);
        if (unit.insurerId() != member.insurerId()) {
            throw new InvalidInputException("orgUnitId", "Staff stay with their insurer");
        }
        access.requireManage(unit.insurerId(), unit.path());
        if (staff.employeeNoTaken(member.insurerId(), employeeNo, id)) {
            throw new ConflictException(
                    "employeeNo", "Employee number " + employeeNo + " is already taken at this insurer");
        }
        member.revise(orgUnitId, name, employeeNo, mobile(mobile), roles, qualifications, associationCertificateNo);
        try {
            staff.update(member);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "employeeNo", "Employee number " + employeeNo + " is already taken at this insurer");
        }
        audit.recordWrite("UPDATE", "Staff", id, "Revised " + employeeNo + " (" + member.roles() + ")");
        return staff.find(id).orElseThrow();
    }

    @Transactional
    public StaffRecord deactivate(long id, long version) {
        StaffRecord current = get(id);
        access.requireManage(current.staff().insurerId(), current.orgPath());
        OptimisticLock.check("Staff", id, version, current.staff().version());
        current.staff().deactivate();
        staff.update(current.staff());
        audit.recordWrite(
                "DEACTIVATE", "Staff", id, "Deactivated " + current.staff().employeeNo());
        return staff.find(id).orElseThrow();
    }

    private static MobileNumber mobile(String mobile) {
        String value = mobile == null ? null : mobile.strip();
        if (!MobileNumber.isValid(value)) {
            throw new InvalidInputException("mobile", "must be 11 digits starting 13-19");
        }
        return new MobileNumber(value);
    }
}
