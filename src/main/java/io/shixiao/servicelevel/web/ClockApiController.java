package io.shixiao.servicelevel.web;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ExtendClock;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.clock.ComplianceStatistics;
import io.shixiao.servicelevel.clock.ExtensionRules;
import io.shixiao.servicelevel.clock.StandardLookup;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service-level API: report milestones, read a case's clocks, extend a clock, acknowledge a
 * breach, and compliance statistics. Records outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/service-levels")
class ClockApiController {

    private final ServiceClocks clocks;
    private final OrganizationDirectory organization;
    private final StandardLookup standards;
    private final ComplianceStatistics statistics;
    private final Clock clock;

    ClockApiController(
            ServiceClocks clocks,
            StandardLookup standards,
            ComplianceStatistics statistics,
            Clock clock,
            OrganizationDirectory organization) {
        this.clocks = clocks;
        this.organization = organization;
        this.standards = standards;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** A milestone of a case, as reported by a client system. */
    record MilestoneRequest(
            @NotBlank @Size(max = 32) String caseType,
            @NotBlank @Size(max = 64) String caseId,
            @NotBlank @Size(max = 64) String milestone,
            @NotNull Instant at,
            Map<String, String> attributes) {}

    /** An extension request: why, and whether (and when) the customer was told. */
    record ExtensionRequest(
            @NotBlank @Size(max = 500) String reason,
            boolean customerNotified,
            Instant customerNotifiedAt,
            Instant newDeadline) {}

    /** A breach acknowledgement with its reason. */
    record AcknowledgementRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/milestones")
    @PreAuthorize("isAuthenticated() and !hasAnyRole('ASSOCIATION', 'COUNTY_AUTHORITY')")
    MilestoneOutcome report(@Valid @RequestBody MilestoneRequest request) {
        requireStaff();
        requireKnownMilestoneOfItsCaseType(request);
        Map<String, String> attributes = ownedByAnExistingUnitInScope(request.attributes());
        List<ClockView> existing = clocks.clocksOf(request.caseType(), request.caseId());
        if (!existing.isEmpty() && ClockAccess.visible(existing).isEmpty()) {
            throw new NotFoundException("Case", request.caseType() + "/" + request.caseId());
        }
        return clocks.report(new MilestoneReported(
                request.caseType(), request.caseId(), request.milestone(), request.at(), attributes));
    }

    /**
     * The owner of a case is an organisation unit that exists, is active and lies in the caller's scope;
     * its insurer and path come from the organisation, and values a client sends along must agree.
     */
    private Map<String, String> ownedByAnExistingUnitInScope(Map<String, String> given) {
        Map<String, String> attributes = new HashMap<>(given == null ? Map.of() : given);
        String unitId = attributes.get(MilestoneReported.ORG_UNIT_ID);
        if (unitId == null) {
            return attributes;
        }
        String field = "attributes." + MilestoneReported.ORG_UNIT_ID;
        OrgUnitView unit = (unitId.matches("\\d{1,18}")
                        ? organization.unit(Long.parseLong(unitId))
                        : Optional.<OrgUnitView>empty())
                .filter(OrgUnitView::active)
                .orElseThrow(() -> new InvalidInputException(field, "no active organisation unit " + unitId));
        requireAgreement(attributes, MilestoneReported.INSURER_ID, String.valueOf(unit.insurerId()));
        requireAgreement(attributes, MilestoneReported.ORG_PATH, unit.path());
        if (!ClockAccess.scope().canSee(unit.insurerId(), unit.path())) {
            throw new InvalidInputException(field, "outside your organisation");
        }
        attributes.put(MilestoneReported.INSURER_ID, String.valueOf(unit.insurerId()));
        attributes.put(MilestoneReported.ORG_PATH, unit.path());
        return attributes;
    }

    private static void requireAgreement(Map<String, String> attributes, String name, String actual) {
        String given = attributes.get(name);
        if (given != null && !given.equals(actual)) {
            throw new InvalidInputException(
                    "attributes." + name, "does not match the organisation unit (" + actual + ")");
        }
    }

    /** A misspelt milestone would silently start or stop nothing; the catalog's vocabulary is the contract. */
    private static void requireKnownMilestoneOfItsCaseType(MilestoneRequest request) {
        CaseType caseType = Arrays.stream(CaseType.values())
                .filter(type -> type.name().equals(request.caseType()))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidInputException("caseType", "must be one of " + Arrays.toString(CaseType.values())));
        Milestone milestone = Arrays.stream(Milestone.values())
                .filter(known -> known.name().equals(request.milestone()))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidInputException("milestone", "unknown milestone '" + request.milestone() + "'"));
        if (milestone.caseType() != caseType) {
            throw new InvalidInputException(
                    "milestone", milestone.name() + " is a milestone of " + milestone.caseType() + " cases");
        }
    }

    @GetMapping("/cases/{caseType}/{caseId}/clocks")
    List<ClockView> clocksOf(@PathVariable String caseType, @PathVariable String caseId) {
        requireStaff();
        List<ClockView> visible = ClockAccess.visible(clocks.clocksOf(caseType, caseId));
        if (visible.isEmpty()) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        return visible;
    }

    @PostMapping("/clocks/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    ClockView extend(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request) {
        ClockView target = visibleClock(id);
        ServiceStandard standard = standards
                .byCode(target.standardCode())
                .orElseThrow(() -> new NotFoundException("Standard", target.standardCode()));
        ExtensionRules.Step step = ExtensionRules.of(standard.extension())
                .next(target.extensionsGranted())
                .orElseThrow(() ->
                        new ConflictException("state", "Standard " + standard.code() + " allows no further extension"));
        String approverRole = step.approverRole() == null ? Role.MANAGER.name() : step.approverRole();
        if (ClockAccess.user().roles().stream().noneMatch(r -> r.name().equals(approverRole))) {
            throw new AccessDeniedException("Extensions of " + standard.code() + " are approved by " + approverRole);
        }
        Instant notifiedAt = request.customerNotifiedAt();
        if (request.customerNotified() && notifiedAt == null) {
            notifiedAt = clock.instant();
        }
        if (!request.customerNotified() && notifiedAt != null) {
            throw new InvalidInputException("customerNotified", "must be true when customerNotifiedAt is given");
        }
        if (notifiedAt != null && notifiedAt.isAfter(clock.instant())) {
            throw new InvalidInputException("customerNotifiedAt", "must not be in the future");
        }
        if (step.customerNoticeRequired() && notifiedAt == null) {
            throw new InvalidInputException(
                    "customerNotified", "standard " + standard.code() + " requires the customer to be told");
        }
        if (step.approverSetsDeadline() && request.newDeadline() == null) {
            throw new InvalidInputException(
                    "newDeadline", "standard " + standard.code() + " needs the approver to set the new deadline");
        }
        return clocks.extend(
                id,
                new ExtendClock(request.reason(), notifiedAt, request.newDeadline()),
                ClockAccess.user().username());
    }

    @PostMapping("/clocks/{id}/acknowledgement")
    @PreAuthorize("hasRole('MANAGER')")
    ClockView acknowledge(@PathVariable UUID id, @Valid @RequestBody AcknowledgementRequest request) {
        visibleClock(id);
        if (!ClockAccess.has(Role.MANAGER)) {
            throw new AccessDeniedException("Breaches are acknowledged by a MANAGER");
        }
        return clocks.acknowledgeBreach(
                id, request.reason().trim(), ClockAccess.user().username());
    }

    @GetMapping("/compliance")
    List<ComplianceStatistics.Line> compliance(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) Long orgUnit,
            @RequestParam(defaultValue = "month") String period) {
        return statistics.compliance(
                ClockAccess.scope(), from, to, standard, orgUnit, CompliancePeriods.parse(from, to, period));
    }

    private ClockView visibleClock(UUID id) {
        requireStaff();
        return clocks.find(id).filter(ClockAccess::canSee).orElseThrow(() -> new NotFoundException("Clock", id));
    }

    // Association and county users see aggregates only; to them no individual clock exists.
    private static void requireStaff() {
        DataScope.Reach reach = ClockAccess.scope().reach();
        if (reach != DataScope.Reach.PLATFORM && reach != DataScope.Reach.ORGANISATION_SUBTREE) {
            throw new NotFoundException("Clock", "of this case");
        }
    }
}
