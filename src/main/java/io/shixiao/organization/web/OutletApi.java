package io.shixiao.organization.web;

import io.shixiao.organization.OpeningHours;
import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.application.OutletRecord;
import io.shixiao.organization.application.OutletService;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.RosterEntry;
import io.shixiao.organization.domain.DutyAssignment;
import io.shixiao.organization.domain.Outlet;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Service outlets with their weekly hours and the weekend and holiday duty roster. */
@RestController
@Tag(name = "Outlets", description = "服务网点：营业时间、值班表")
@RequestMapping("/api/v1/outlets")
class OutletApi {

    private final OutletService outlets;
    private final Divisions divisions;
    private final Clock clock;

    OutletApi(OutletService outlets, Divisions divisions, Clock clock) {
        this.outlets = outlets;
        this.divisions = divisions;
        this.clock = clock;
    }

    record HoursRequest(
            @NotNull DayOfWeek day,
            @NotNull LocalTime opens,
            @NotNull LocalTime closes) {}

    record OutletRequest(
            @PositiveOrZero Long version,
            @NotNull Long orgUnitId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String address,

            @NotBlank @Pattern(regexp = ApiPatterns.DIVISION)
            String divisionCode,

            @NotNull OutletKind kind,
            @NotBlank @Pattern(regexp = ApiPatterns.HOTLINE) String hotline,
            @NotEmpty List<@Valid @NotNull HoursRequest> hours) {}

    record HoursResponse(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    record OutletResponse(
            long id,
            long insurerId,
            long orgUnitId,
            String orgUnitCode,
            String orgUnitName,
            String name,
            String address,
            String divisionCode,
            String divisionName,
            OutletKind kind,
            String kindName,
            String hotline,
            List<HoursResponse> hours,
            boolean active,
            long version) {}

    record DutyEntry(@NotNull Long staffId, @Size(max = 200) String note) {}

    record DutyRequest(@NotNull List<@Valid @NotNull DutyEntry> staff) {}

    /** Turns the request's list of days into weekly hours: each day once, closing after opening. */
    static WeeklyHours hours(List<HoursRequest> requested) {
        EnumMap<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < requested.size(); i++) {
            HoursRequest h = requested.get(i);
            if (!h.closes().isAfter(h.opens())) {
                throw new InvalidInputException("hours[" + i + "].closes", "must be after opens");
            }
            if (days.put(h.day(), new OpeningHours(h.opens(), h.closes())) != null) {
                throw new InvalidInputException("hours[" + i + "].day", h.day() + " is listed twice");
            }
        }
        return new WeeklyHours(days);
    }

    OutletResponse response(OutletRecord r) {
        Outlet o = r.outlet();
        return new OutletResponse(
                o.id(),
                r.insurerId(),
                o.orgUnitId(),
                r.orgUnitCode(),
                r.orgUnitName(),
                o.name(),
                o.address(),
                o.divisionCode().value(),
                divisions.fullName(o.divisionCode()),
                o.kind(),
                o.kind().chineseName(),
                o.hotline(),
                o.hours().days().entrySet().stream()
                        .map(e -> new HoursResponse(
                                e.getKey(), e.getValue().opens(), e.getValue().closes()))
                        .toList(),
                o.active(),
                o.version());
    }

    @Operation(summary = "Outlets in scope, paged")
    @GetMapping
    PageResponse<OutletResponse> list(
            @RequestParam(required = false) Long insurerId,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) @Pattern(regexp = ApiPatterns.DIVISION) String division,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                outlets.list(insurerId, orgUnitId, division, active, q, PageRequest.of(page, size)), this::response);
    }

    @Operation(summary = "One outlet")
    @GetMapping("/{id}")
    OutletResponse get(@PathVariable long id) {
        return response(outlets.get(id));
    }

    @Operation(summary = "Create an outlet")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    OutletResponse create(@Valid @RequestBody OutletRequest r) {
        return response(outlets.create(
                r.orgUnitId(), r.name(), r.address(), r.divisionCode(), r.kind(), r.hotline(), hours(r.hours())));
    }

    @Operation(summary = "Update an outlet")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    OutletResponse update(@PathVariable long id, @Valid @RequestBody OutletRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "must not be null");
        }
        return response(outlets.update(
                id,
                r.version(),
                r.orgUnitId(),
                r.name(),
                r.address(),
                r.divisionCode(),
                r.kind(),
                r.hotline(),
                hours(r.hours())));
    }

    @Operation(summary = "Deactivate an outlet")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    OutletResponse deactivate(@PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return response(outlets.deactivate(id, r.version()));
    }

    /** The roster from {@code from} (default today) to {@code to} (default two months later). */
    @Operation(summary = "An outlet's duty roster")
    @GetMapping("/{id}/duty")
    List<RosterEntry> roster(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        return outlets.roster(id, start, to == null ? start.plusMonths(2) : to);
    }

    @Operation(summary = "Set who is on duty at an outlet on a date")
    @PutMapping("/{id}/duty/{date}")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    List<RosterEntry> assignDuty(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DutyRequest r) {
        return outlets.assignDuty(
                id,
                date,
                r.staff().stream()
                        .map(e -> new DutyAssignment(date, e.staffId(), e.note()))
                        .toList());
    }
}
