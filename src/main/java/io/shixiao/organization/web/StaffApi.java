package io.shixiao.organization.web;

import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.StaffExport;
import io.shixiao.organization.application.StaffFilter;
import io.shixiao.organization.application.StaffRecord;
import io.shixiao.organization.application.StaffService;
import io.shixiao.organization.domain.Qualification;
import io.shixiao.organization.domain.QualificationStatus;
import io.shixiao.organization.domain.Staff;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff with roles and qualifications; mobiles masked except on the audited reveal. */
@RestController
@Tag(name = "Staff", description = "人员：岗位、资格证书、手机号（加密存储、脱敏显示）")
@RequestMapping("/api/v1/staff")
class StaffApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StaffService staff;
    private final StaffExport export;
    private final Clock clock;

    StaffApi(StaffService staff, StaffExport export, Clock clock) {
        this.staff = staff;
        this.export = export;
        this.clock = clock;
    }

    record QualificationRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 64) String number,
            @NotBlank @Size(max = 100) String issuer,
            @NotNull LocalDate issuedOn,
            LocalDate expiresOn) {}

    record StaffRequest(
            @PositiveOrZero Long version,
            @NotNull Long orgUnitId,
            @NotBlank @Size(max = 60) String name,

            @NotBlank @Pattern(regexp = ApiPatterns.EMPLOYEE_NO)
            String employeeNo,

            @NotBlank @Pattern(regexp = ApiPatterns.MOBILE) String mobile,
            @NotEmpty Set<@NotNull Role> roles,
            @Size(max = 20) List<@Valid @NotNull QualificationRequest> qualifications,
            @Size(max = 64) String associationCertificateNo) {}

    record QualificationResponse(
            String name,
            String number,
            String issuer,
            LocalDate issuedOn,
            LocalDate expiresOn,
            QualificationStatus status,
            String statusName) {}

    record StaffResponse(
            long id,
            long insurerId,
            long orgUnitId,
            String orgUnitCode,
            String orgUnitName,
            String name,
            String employeeNo,
            String mobile,
            Set<Role> roles,
            List<QualificationResponse> qualifications,
            String associationCertificateNo,
            boolean certificateAttention,
            boolean active,
            long version) {}

    record MobileResponse(long id, String mobile) {}

    StaffResponse response(StaffRecord r) {
        Staff s = r.staff();
        LocalDate today = LocalDate.now(clock);
        return new StaffResponse(
                s.id(),
                s.insurerId(),
                s.orgUnitId(),
                r.orgUnitCode(),
                r.orgUnitName(),
                s.name(),
                s.employeeNo(),
                Masks.mobile(s.mobile().value()),
                s.roles(),
                s.qualifications().stream()
                        .map(q -> new QualificationResponse(
                                q.name(),
                                q.number(),
                                q.issuer(),
                                q.issuedOn(),
                                q.expiresOn(),
                                q.statusOn(today),
                                q.statusOn(today).chineseName()))
                        .toList(),
                s.associationCertificateNo(),
                s.needsCertificateAttention(today),
                s.active(),
                s.version());
    }

    /** Qualifications of a request; a domain refusal names the offending entry by index. */
    static List<Qualification> qualifications(List<QualificationRequest> requested) {
        List<Qualification> result = new ArrayList<>();
        if (requested == null) {
            return result;
        }
        for (int i = 0; i < requested.size(); i++) {
            QualificationRequest q = requested.get(i);
            if (q.expiresOn() != null && !q.expiresOn().isAfter(q.issuedOn())) {
                throw new InvalidInputException("qualifications[" + i + "].expiresOn", "must be after issuedOn");
            }
            try {
                result.add(new Qualification(q.name(), q.number(), q.issuer(), q.issuedOn(), q.expiresOn()));
            } catch (InvalidInputException e) {
                String prefix = "qualifications[" + i + "]";
                throw new InvalidInputException(
                        e.fields().stream()
                                .map(f -> new FieldProblem(f.field().replace("qualifications", prefix), f.message()))
                                .toList(),
                        e.getMessage());
            }
        }
        return result;
    }

    @Operation(summary = "Staff in scope, paged and filtered")
    @GetMapping
    PageResponse<StaffResponse> list(
            @RequestParam(required = false) Long insurerId,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Pattern(regexp = ApiPatterns.MOBILE) String mobile,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                staff.list(new StaffFilter(insurerId, orgUnitId, role, active, q, mobile), PageRequest.of(page, size)),
                this::response);
    }

    @Operation(summary = "Staff in scope as an Excel workbook")
    @GetMapping(value = "/export.xlsx", produces = XLSX)
    void export(
            @RequestParam(required = false) Long insurerId,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Size(max = 100) String q,
            HttpServletResponse response)
            throws IOException {
        writeExport(export, new StaffFilter(insurerId, orgUnitId, role, active, q, null), response);
    }

    static void writeExport(StaffExport export, StaffFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"staff.xlsx\"; filename*=UTF-8''%E5%91%98%E5%B7%A5.xlsx");
        export.write(filter, response.getOutputStream());
    }

    @Operation(summary = "One staff member (mobile masked)")
    @GetMapping("/{id}")
    StaffResponse get(@PathVariable long id) {
        return response(staff.get(id));
    }

    /**
     * The unmasked mobile number; recorded in the audit trail as a view of personal data. A POST, because
     * it writes that audit entry: a GET must not change anything (and is prefetched and cached).
     */
    @Operation(summary = "Reveal a staff member's mobile number (audited)")
    @PostMapping("/{id}/mobile")
    MobileResponse mobile(@PathVariable long id) {
        return new MobileResponse(id, staff.revealMobile(id));
    }

    @Operation(summary = "Create a staff member")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    StaffResponse create(@Valid @RequestBody StaffRequest r) {
        return response(staff.create(
                r.orgUnitId(),
                r.name(),
                r.employeeNo(),
                r.mobile(),
                r.roles(),
                qualifications(r.qualifications()),
                r.associationCertificateNo()));
    }

    @Operation(summary = "Update a staff member")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    StaffResponse update(@PathVariable long id, @Valid @RequestBody StaffRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "must not be null");
        }
        return response(staff.update(
                id,
                r.version(),
                r.orgUnitId(),
                r.name(),
                r.employeeNo(),
                r.mobile(),
                r.roles(),
                qualifications(r.qualifications()),
                r.associationCertificateNo()));
    }

    @Operation(summary = "Deactivate a staff member")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    StaffResponse deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return response(staff.deactivate(id, r.version()));
    }
}
