package io.shixiao.organization.web;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.application.OrgUnitNode;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.shared.division.Divisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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

/** The branch tree: units in scope, the tree, and the administrator's changes. */
@RestController
@Tag(name = "Organisation units", description = "机构：总公司、分公司、中心支公司、支公司、营业部")
@RequestMapping("/api/v1/org-units")
class OrgUnitApi {

    private final OrgUnitService units;
    private final Divisions divisions;

    OrgUnitApi(OrgUnitService units, Divisions divisions) {
        this.units = units;
        this.divisions = divisions;
    }

    record OrgUnitCreate(
            @NotNull Long insurerId,
            Long parentId,
            @NotNull OrgUnitLevel level,

            @NotBlank @Pattern(regexp = ApiPatterns.UNIT_CODE)
            String code,

            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = ApiPatterns.DIVISION)
            String divisionCode) {}

    record OrgUnitUpdate(
            @NotNull @PositiveOrZero Long version,

            @NotBlank @Pattern(regexp = ApiPatterns.UNIT_CODE)
            String code,

            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = ApiPatterns.DIVISION)
            String divisionCode) {}

    record OrgUnitResponse(
            long id,
            long insurerId,
            Long parentId,
            OrgUnitLevel level,
            String levelName,
            String code,
            String name,
            String divisionCode,
            String divisionName,
            String path,
            boolean active,
            long version) {}

    record OrgUnitTree(OrgUnitResponse unit, boolean readOnly, List<OrgUnitTree> children) {}

    OrgUnitResponse response(OrgUnit u) {
        return new OrgUnitResponse(
                u.id(),
                u.insurerId(),
                u.parentId(),
                u.level(),
                u.level().chineseName(),
                u.code(),
                u.name(),
                u.divisionCode().value(),
                divisions.fullName(u.divisionCode()),
                u.path(),
                u.active(),
                u.version());
    }

    private OrgUnitTree tree(OrgUnitNode node) {
        return new OrgUnitTree(
                response(node.unit()),
                node.readOnly(),
                node.children().stream().map(this::tree).toList());
    }

    @Operation(summary = "Organisation units in scope, paged")
    @GetMapping
    PageResponse<OrgUnitResponse> list(
            @RequestParam(required = false) Long insurerId,
            @RequestParam(required = false) OrgUnitLevel level,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(units.list(insurerId, level, active, q, PageRequest.of(page, size)), this::response);
    }

    @Operation(summary = "An insurer's branch tree")
    @GetMapping("/tree")
    List<OrgUnitTree> tree(@RequestParam long insurerId) {
        return units.tree(insurerId).stream().map(this::tree).toList();
    }

    @Operation(summary = "One organisation unit")
    @GetMapping("/{id}")
    OrgUnitResponse get(@PathVariable long id) {
        return response(units.get(id));
    }

    @Operation(summary = "Create an organisation unit")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    OrgUnitResponse create(@Valid @RequestBody OrgUnitCreate r) {
        return response(units.create(r.insurerId(), r.parentId(), r.level(), r.code(), r.name(), r.divisionCode()));
    }

    @Operation(summary = "Update an organisation unit")
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    OrgUnitResponse update(@PathVariable long id, @Valid @RequestBody OrgUnitUpdate r) {
        return response(units.update(id, r.version(), r.code(), r.name(), r.divisionCode()));
    }

    @Operation(summary = "Deactivate an organisation unit")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    OrgUnitResponse deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return response(units.deactivate(id, r.version()));
    }
}
