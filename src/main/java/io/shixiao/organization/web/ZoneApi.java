package io.shixiao.organization.web;

import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.ZoneRecord;
import io.shixiao.organization.application.ZoneService;
import io.shixiao.organization.domain.Zone;
import io.shixiao.shared.division.Divisions;
import io.shixiao.shared.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
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

/** Zones for arrival time limits and the zone lookup for a division. */
@RestController
@Tag(name = "Zones", description = "时效区域：城区、城区以外、县城、县内其他地区等，按行政区划划定")
@RequestMapping("/api/v1/zones")
class ZoneApi {

    private final ZoneService zones;
    private final Divisions divisions;

    ZoneApi(ZoneService zones, Divisions divisions) {
        this.zones = zones;
        this.divisions = divisions;
    }

    record ZoneRequest(
            @PositiveOrZero Long version,
            @NotNull Long orgUnitId,
            @NotBlank @Size(max = 100) String name,
            @NotNull ZoneKind kind,
            @NotEmpty @Size(max = 500) List<@NotBlank @Pattern(regexp = ApiPatterns.DIVISION) String> divisionCodes) {}

    record DivisionResponse(String code, String fullName) {}

    record ZoneResponse(
            long id,
            long insurerId,
            long orgUnitId,
            String orgUnitCode,
            String orgUnitName,
            String name,
            ZoneKind kind,
            String kindName,
            List<DivisionResponse> divisions,
            boolean active,
            long version) {}

    record LookupResponse(
            long insurerId,
            String division,
            String divisionName,
            boolean covered,
            Long zoneId,
            String zoneName,
            ZoneKind kind,
            String kindName) {}

    ZoneResponse response(ZoneRecord r) {
        Zone z = r.zone();
        return new ZoneResponse(
                z.id(),
                z.insurerId(),
                z.orgUnitId(),
                r.orgUnitCode(),
                r.orgUnitName(),
                z.name(),
                z.kind(),
                z.kind().chineseName(),
                z.divisions().stream()
                        .sorted()
                        .map(d -> new DivisionResponse(d.value(), divisions.fullName(d)))
                        .toList(),
                z.active(),
                z.version());
    }

    @Operation(summary = "Zones in scope, paged")
    @GetMapping
    PageResponse<ZoneResponse> list(
            @RequestParam(required = false) Long insurerId,
            @RequestParam(required = false) ZoneKind kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(zones.list(insurerId, kind, active, PageRequest.of(page, size)), this::response);
    }

    /** Which kind of zone {@code division} is for the insurer; {@code covered=false} when no zone covers it. */
    @Operation(summary = "The zone a division code falls in for an insurer")
    @GetMapping("/lookup")
    LookupResponse lookup(@RequestParam long insurerId, @RequestParam String division) {
        Optional<Zone> zone = zones.lookup(insurerId, division);
        return new LookupResponse(
                insurerId,
                division,
                divisions.fullName(division),
                zone.isPresent(),
                zone.map(Zone::id).orElse(null),
                zone.map(Zone::name).orElse(null),
                zone.map(Zone::kind).orElse(null),
                zone.map(z -> z.kind().chineseName()).orElse(null));
    }

    @Operation(summary = "One zone")
    @GetMapping("/{id}")
    ZoneResponse get(@PathVariable long id) {
        return response(zones.get(id));
    }

    @Operation(summary = "Create a zone")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    ZoneResponse create(@Valid @RequestBody ZoneRequest r) {
        return response(zones.create(r.orgUnitId(), r.name(), r.kind(), r.divisionCodes()));
    }

    @Operation(summary = "Update a zone")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    ZoneResponse update(@PathVariable long id, @Valid @RequestBody ZoneRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "must not be null");
        }
        return response(zones.update(id, r.version(), r.orgUnitId(), r.name(), r.kind(), r.divisionCodes()));
    }

    @Operation(summary = "Deactivate a zone")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    ZoneResponse deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return response(zones.deactivate(id, r.version()));
    }
}
