package io.shixiao.organization.web;

import io.shixiao.organization.domain.Qualification;
import io.shixiao.organization.domain.Staff;
import io.shixiao.shared.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The staff form of the 员工 page. The mobile number is never put into the form: on an edit an empty
 * mobile keeps the stored one, so the form page shows no personal data.
 */
public class StaffForm extends UnitRecordForm {

    /** Empty qualification rows offered below the existing ones. */
    static final int SPARE_ROWS = 2;

    @NotBlank
    @Size(max = 60)
    private String name;

    @NotBlank
    @Pattern(regexp = ApiPatterns.EMPLOYEE_NO)
    private String employeeNo;

    @Pattern(regexp = "|" + ApiPatterns.MOBILE)
    private String mobile;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 64)
    private String associationCertificateNo;

    @Valid
    private List<Row> qualifications = new ArrayList<>();

    /** One qualification row; a row with every field empty is ignored. */
    public static class Row {
        @Size(max = 100)
        private String name;

        @Size(max = 64)
        private String number;

        @Size(max = 100)
        private String issuer;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issuedOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        boolean isEmpty() {
            return blank(name) && blank(number) && blank(issuer) && issuedOn == null && expiresOn == null;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    static StaffForm blank() {
        StaffForm form = new StaffForm();
        form.addSpareRows();
        return form;
    }

    static StaffForm of(Staff staff) {
        StaffForm form = new StaffForm();
        form.setVersion(staff.version());
        form.setOrgUnitId(staff.orgUnitId());
        form.name = staff.name();
        form.employeeNo = staff.employeeNo();
        form.roles = staff.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(staff.roles());
        form.associationCertificateNo = staff.associationCertificateNo();
        for (Qualification q : staff.qualifications()) {
            Row row = new Row();
            row.name = q.name();
            row.number = q.number();
            row.issuer = q.issuer();
            row.issuedOn = q.issuedOn();
            row.expiresOn = q.expiresOn();
            form.qualifications.add(row);
        }
        form.addSpareRows();
        return form;
    }

    void addSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            qualifications.add(new Row());
        }
    }

    /** The filled-in qualifications, or {@code null} after recording incomplete rows next to their fields. */
    List<Qualification> qualifications(BindingResult binding) {
        List<Qualification> result = new ArrayList<>();
        for (int i = 0; i < qualifications.size(); i++) {
            Row row = qualifications.get(i);
            if (row.isEmpty()) {
                continue;
            }
            String prefix = "qualifications[" + i + "].";
            if (Row.blank(row.name)) {
                binding.rejectValue(prefix + "name", "required", "必填 (required)");
            }
            if (Row.blank(row.number)) {
                binding.rejectValue(prefix + "number", "required", "必填 (required)");
            }
            if (Row.blank(row.issuer)) {
                binding.rejectValue(prefix + "issuer", "required", "必填 (required)");
            }
            if (row.issuedOn == null) {
                binding.rejectValue(prefix + "issuedOn", "required", "必填 (required)");
            } else if (row.expiresOn != null && !row.expiresOn.isAfter(row.issuedOn)) {
                binding.rejectValue(prefix + "expiresOn", "invalid", "到期日须晚于发证日 (expires after issued)");
            }
            if (!binding.hasFieldErrors(prefix + "*")) {
                result.add(new Qualification(row.name, row.number, row.issuer, row.issuedOn, row.expiresOn));
            }
        }
        return binding.hasFieldErrors("qualifications*") ? null : result;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getAssociationCertificateNo() {
        return associationCertificateNo;
    }

    public void setAssociationCertificateNo(String associationCertificateNo) {
        this.associationCertificateNo = associationCertificateNo;
    }

    public List<Row> getQualifications() {
        return qualifications;
    }

    public void setQualifications(List<Row> qualifications) {
        this.qualifications = qualifications;
    }
}
