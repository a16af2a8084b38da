package io.shixiao.organization.web;

import io.shixiao.organization.application.AssociationService;
import io.shixiao.organization.application.CertificateEntry;
import io.shixiao.organization.application.MemberStatistics;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.domain.Association;
import io.shixiao.shared.division.Divisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
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

/** Insurance associations, their members, member counts and the certificate registry. */
@RestController
@Tag(name = "Associations", description = "行业协会：会员公司、统计与资格证书登记")
@RequestMapping("/api/v1/associations")
class AssociationApi {

    private final AssociationService associations;
    private final Divisions divisions;

    AssociationApi(AssociationService associations, Divisions divisions) {
        this.associations = associations;
        this.divisions = divisions;
    }

    record AssociationCreate(
            @NotBlank @Pattern(regexp = ApiPatterns.ASSOCIATION_CODE)
            String code,

            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = ApiPatterns.DIVISION)
            String divisionCode) {}

    record AssociationUpdate(
            @NotNull @PositiveOrZero Long version,
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = ApiPatterns.DIVISION)
            String divisionCode) {}

    record MemberRequest(
            @NotNull @PositiveOrZero Long version,
            @NotNull Long insurerId,
            @NotNull LocalDate joinedOn) {}

    record LeaveRequest(
            @NotNull @PositiveOrZero Long version, @NotNull LocalDate leftOn) {}

    record MemberResponse(long insurerId, String insurerName, LocalDate joinedOn, LocalDate leftOn) {}

    record AssociationResponse(
            long id,
            String code,
            String name,
            String divisionCode,
            String divisionName,
            List<MemberResponse> members,
            boolean active,
            long version) {}

    AssociationResponse response(Association a) {
        return new AssociationResponse(
                a.id(),
                a.code(),
                a.name(),
                a.divisionCode().value(),
                divisions.fullName(a.divisionCode()),
                a.members().stream()
                        .map(m -> new MemberResponse(
                                m.insurerId(), associations.insurerName(m.insurerId()), m.joinedOn(), m.leftOn()))
                        .toList(),
                a.active(),
                a.version());
    }

    @Operation(summary = "Associations, paged")
    @GetMapping
    PageResponse<AssociationResponse> list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(associations.list(q, active, PageRequest.of(page, size)), this::response);
    }

    @Operation(summary = "One association")
    @GetMapping("/{id}")
    AssociationResponse get(@PathVariable long id) {
        return response(associations.get(id));
    }

    @Operation(summary = "Service-level statistics of the association's members")
    @GetMapping("/{id}/statistics")
    List<MemberStatistics> statistics(@PathVariable long id) {
        return associations.statistics(id);
    }

    @Operation(summary = "The certificate registry of the members' staff")
    @GetMapping("/{id}/certificates")
    PageResponse<CertificateEntry> certificates(
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(associations.certificateRegistry(id, q, PageRequest.of(page, size)), c -> c);
    }

    @Operation(summary = "Create an association")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    AssociationResponse create(@Valid @RequestBody AssociationCreate r) {
        return response(associations.create(r.code(), r.name(), r.divisionCode()));
    }

    @Operation(summary = "Update an association")
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AssociationResponse update(@PathVariable long id, @Valid @RequestBody AssociationUpdate r) {
        return response(associations.update(id, r.version(), r.name(), r.divisionCode()));
    }

    @Operation(summary = "Deactivate an association")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    AssociationResponse deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return response(associations.deactivate(id, r.version()));
    }

    @Operation(summary = "Admit an insurer as a member")
    @PostMapping("/{id}/members")
    @PreAuthorize("hasRole('ADMIN')")
    AssociationResponse admit(@PathVariable long id, @Valid @RequestBody MemberRequest r) {
        return response(associations.admit(id, r.version(), r.insurerId(), r.joinedOn()));
    }

    @Operation(summary = "Record that a member insurer leaves")
    @PostMapping("/{id}/members/{insurerId}/leave")
    @PreAuthorize("hasRole('ADMIN')")
    AssociationResponse leave(@PathVariable long id, @PathVariable long insurerId, @Valid @RequestBody LeaveRequest r) {
        return response(associations.release(id, r.version(), insurerId, r.leftOn()));
    }
}
