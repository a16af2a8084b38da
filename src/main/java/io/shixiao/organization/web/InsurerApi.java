package io.shixiao.organization.web;

import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.domain.Insurer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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

/** Insurers: read in scope; created, revised and deactivated by the platform administrator. */
@RestController
@Tag(name = "Insurers", description = "保险公司（法人）")
@RequestMapping("/api/v1/insurers")
class InsurerApi {

    private final InsurerService insurers;

    InsurerApi(InsurerService insurers) {
        this.insurers = insurers;
    }

    record InsurerCreate(
            @NotBlank @Pattern(regexp = ApiPatterns.INSURER_CODE)
            String code,

            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 60) String shortName,

            @NotBlank @Pattern(regexp = ApiPatterns.CREDIT_CODE)
            String creditCode,

            @NotBlank @Pattern(regexp = ApiPatterns.HOTLINE) String hotline) {}

    record InsurerUpdate(
            @NotNull @PositiveOrZero Long version,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 60) String shortName,

            @NotBlank @Pattern(regexp = ApiPatterns.CREDIT_CODE)
            String creditCode,

            @NotBlank @Pattern(regexp = ApiPatterns.HOTLINE) String hotline) {}

    record InsurerResponse(
            long id,
            String code,
            String fullName,
            String shortName,
            String creditCode,
            String hotline,
            boolean active,
            long version) {

        static InsurerResponse of(Insurer i) {
            return new InsurerResponse(
                    i.id(),
                    i.code(),
                    i.fullName(),
                    i.shortName(),
                    i.creditCode().value(),
                    i.hotline(),
                    i.active(),
                    i.version());
        }
    }

    @Operation(summary = "Insurers in scope, paged")
    @GetMapping
    PageResponse<InsurerResponse> list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(insurers.list(q, active, PageRequest.of(page, size)), InsurerResponse::of);
    }

    @Operation(summary = "One insurer")
    @GetMapping("/{id}")
    InsurerResponse get(@PathVariable long id) {
        return InsurerResponse.of(insurers.get(id));
    }

    @Operation(summary = "Create an insurer (administrator)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    InsurerResponse create(@Valid @RequestBody InsurerCreate r) {
        return InsurerResponse.of(insurers.create(r.code(), r.fullName(), r.shortName(), r.creditCode(), r.hotline()));
    }

    @Operation(summary = "Update an insurer")
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    InsurerResponse update(@PathVariable long id, @Valid @RequestBody InsurerUpdate r) {
        return InsurerResponse.of(
                insurers.update(id, r.version(), r.fullName(), r.shortName(), r.creditCode(), r.hotline()));
    }

    @Operation(summary = "Deactivate an insurer")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    InsurerResponse deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return InsurerResponse.of(insurers.deactivate(id, r.version()));
    }
}
