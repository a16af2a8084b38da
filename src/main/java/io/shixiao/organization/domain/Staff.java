package io.shixiao.organization.domain;

import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person working for an insurer in one unit: roles, qualifications and the association certificate. */
public final class Staff {

    private final @Nullable Long id;
    private final long insurerId;
    private long orgUnitId;
    private String name;
    private String employeeNo;
    private MobileNumber mobile;
    private Set<Role> roles;
    private List<Qualification> qualifications;
    private @Nullable String associationCertificateNo;
    private boolean active;
    private final long version;

    private Staff(
            @Nullable Long id,
            long insurerId,
            long orgUnitId,
            String name,
            String employeeNo,
            MobileNumber mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            @Nullable String associationCertificateNo,
            boolean active,
            long version) {
        this.id = id;
        this.insurerId = insurerId;
        this.orgUnitId = orgUnitId;
        this.name = name;
        this.employeeNo = employeeNo;
        this.mobile = mobile;
        this.roles = roles;
        this.qualifications = qualifications;
        this.associationCertificateNo = associationCertificateNo;
        this.active = active;
        this.version = version;
    }

    public static Staff hire(
            long insurerId,
            long orgUnitId,
            String name,
            String employeeNo,
            MobileNumber mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            @Nullable String associationCertificateNo) {
        Staff staff = new Staff(
                null,
                insurerId,
                orgUnitId,
                name,
                employeeNo,
                mobile,
                roles,
                qualifications,
                associationCertificateNo,
                true,
                0);
        staff.apply(orgUnitId, name, employeeNo, mobile, roles, qualifications, associationCertificateNo);
        return staff;
    }

    /** A staff member as stored, taken as it is. */
    public static Staff restore(
            long id,
            long insurerId,
            long orgUnitId,
            String name,
            String employeeNo,
            MobileNumber mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            @Nullable String associationCertificateNo,
            boolean active,
            long version) {
        return new Staff(
                id,
                insurerId,
                orgUnitId,
                name,
                employeeNo,
                mobile,
                roles,
                qualifications,
                associationCertificateNo,
                active,
                version);
    }

    public void revise(
            long orgUnitId,
            String name,
            String employeeNo,
            MobileNumber mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            @Nullable String associationCertificateNo) {
        apply(orgUnitId, name, employeeNo, mobile, roles, qualifications, associationCertificateNo);
    }

    private void apply(
            long orgUnitId,
            String name,
            String employeeNo,
            MobileNumber mobile,
            Set<Role> roles,
            List<Qualification> qualifications,
            @Nullable String associationCertificateNo) {
        this.orgUnitId = orgUnitId;
        this.name = Require.text("name", name);
        this.employeeNo = Require.text("employeeNo", employeeNo);
        this.mobile = Require.present("mobile", mobile);
        this.roles = staffHoldOnlyInsurerRoles(roles);
        this.qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        this.associationCertificateNo = Require.optionalText("associationCertificateNo", associationCertificateNo);
    }

    /**
     * Staff hold at least one role and only roles that work inside an insurer: the platform
     * administrator, the association and the county authority are not insurer staff.
     */
    static Set<Role> staffHoldOnlyInsurerRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "A staff member holds at least one role");
        }
        for (Role role : roles) {
            if (!role.isInsurerStaff()) {
                throw new InvalidInputException("roles", "Role " + role + " is not an insurer staff role");
            }
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }

    public void deactivate() {
        if (!active) {
            throw new ConflictException("active", "Staff " + employeeNo + " is already inactive");
        }
        active = false;
    }

    /** Whether any certificate has expired or expires within 30 days of {@code today}. */
    public boolean needsCertificateAttention(LocalDate today) {
        return qualifications.stream().anyMatch(q -> q.statusOn(today) != QualificationStatus.VALID);
    }

    public @Nullable Long id() {
        return id;
    }

    public long insurerId() {
        return insurerId;
    }

    public long orgUnitId() {
        return orgUnitId;
    }

    public String name() {
        return name;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public MobileNumber mobile() {
        return mobile;
    }

    public Set<Role> roles() {
        return roles;
    }

    public List<Qualification> qualifications() {
        return qualifications;
    }

    public @Nullable String associationCertificateNo() {
        return associationCertificateNo;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
