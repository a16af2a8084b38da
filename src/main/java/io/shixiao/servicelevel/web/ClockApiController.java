package io.shixiao.servicelevel.web;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.Approver;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ExtendClock;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.PolicyTerm;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.Zone;
import io.shixiao.servicelevel.clock.ComplianceStatistics;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The service-level API for client systems: report milestones, read a case's clocks and deadlines,
 * hand a case off, extend a clock, acknowledge a breach, void a clock recorded in error, and compliance
 * statistics. It maps JSON to the engine's commands; every rule is the engine's. A case is named within
 * the caller's insurer; records outside the caller's scope answer 404.
 */
@RestController
@RequestMapping("/api/v1/service-levels")
@Tag(name = "Service levels", description = "时效引擎：节点上报、案件时效、延期、超时确认、达标统计")
class ClockApiController {

    private final ServiceClocks clocks;
    private final OrganizationDirectory organization;
    private final ComplianceStatistics statistics;
    private final Clock clock;

    ClockApiController(
            ServiceClocks clocks, ComplianceStatistics statistics, Clock clock, OrganizationDirectory organization) {
        this.clocks = clocks;
        this.organization = organization;
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * A milestone of a case, as a client system reports it.
     *
     * @param owner the unit answering for the case; its insurer names the case
     * @param lateEntryReason required when {@code at} lies more than ten minutes before now (补录)
     * @param repeatReason required for a counted step beyond its limit (a second missing-documents notice)
     */
    record MilestoneRequest(
            @NotNull CaseType caseType,

            @NotBlank @Pattern(regexp = CaseRef.ID_PATTERN, message = "1–64 letters, digits, '-' or '_'")
            String caseId,

            @NotNull Milestone milestone,
            @NotNull Instant at,
            @NotNull @Valid OwnerRequest owner,
            @Valid FactsRequest facts,
            @Size(max = 500) String lateEntryReason,
            @Size(max = 500) String repeatReason) {}

    /** Who answers for the case. */
    record OwnerRequest(
            @NotNull @Positive Long orgUnitId,
            @Positive Long assigneeId,
            @Positive Long schemeId) {

        CaseOwner toOwner() {
            return new CaseOwner(orgUnitId, assigneeId, schemeId);
        }
    }

    /** What is known of the case. */
    record FactsRequest(
            ProductLine productLine,

            @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}", message = "a division code of 2–12 digits")
            String site,

            @DecimalMin("0") @DecimalMax("99999999999.99") BigDecimal amount,
            Boolean injuries,
            Zone zone,
            Channel channel,
            Boolean catastrophe,
            @Size(max = 16) Set<Fact> facts,
            @Size(max = 4) Map<PolicyTerm, @NotNull @Min(1) @Max(365) Integer> policyTerms) {

        CaseFacts toFacts() {
            return new CaseFacts(
                    productLine,
                    site == null ? null : DivisionCode.of(site),
                    amount == null ? null : Money.yuan(amount),
                    injuries,
                    zone,
                    channel,
                    Boolean.TRUE.equals(catastrophe),
                    facts,
                    policyTerms);
        }
    }

    /** A hand-off of a case to another unit or handler. */
    record ReassignmentRequest(
            @NotNull @Valid OwnerRequest owner,
            Instant at,
            @NotBlank @Size(max = 500) String reason) {}

    /** An extension request: why, and whether (and when) the customer was told. */
    record ExtensionRequest(
            @NotBlank @Size(max = 500) String reason,
            boolean customerNotified,
            Instant customerNotifiedAt,
            Instant newDeadline) {}

    /** A reason: for acknowledging a breach, or for voiding a clock. */
    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    @PostMapping("/milestones")
    @PreAuthorize("isAuthenticated() and !hasAnyRole('ASSOCIATION', 'COUNTY_AUTHORITY')")
    @Operation(
            summary = "Report a milestone of a case (上报节点)",
            description = "Starts, pauses, resumes, restarts, stops or cancels the case's clocks as the catalog says."
                    + " Idempotent per (case, milestone, at). A step recorded more than 10 minutes after it happened"
                    + " needs lateEntryReason and can never turn a breach into a met deadline.")
    MilestoneOutcome report(@Valid @RequestBody MilestoneRequest request) {
        // A unit the caller cannot see is answered like a missing one: the answer tells nothing of other insurers.
        OrgUnitView unit = organization
                .unit(request.owner().orgUnitId())
                .filter(u -> ClockAccess.scope().canSee(u.insurerId(), u.path()))
                .orElseThrow(() -> new InvalidInputException(
                        "owner.orgUnitId",
                        "no active organisation unit " + request.owner().orgUnitId() + " in your scope"));
        ReportMilestone command = new ReportMilestone(
                new CaseRef(request.caseType(), unit.insurerId(), request.caseId()),
                request.milestone(),
                request.at(),
                request.owner().toOwner(),
                request.facts() == null ? CaseFacts.none() : request.facts().toFacts(),
                request.lateEntryReason(),
                request.repeatReason());
        return clocks.report(command, ClockAccess.scope());
    }

    @GetMapping("/cases/{caseType}/{caseId}/clocks")
    @Operation(summary = "A case's clocks", description = "Administrators name the insurer with insurerId.")
    List<ClockView> clocksOf(
            @PathVariable String caseType,
            @PathVariable String caseId,
            @RequestParam(required = false) Long insurerId) {
        List<ClockView> visible =
                ClockAccess.visible(clocks.clocksOf(ClockAccess.caseRef(caseType, caseId, insurerId)));
        if (visible.isEmpty()) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        return visible;
    }

    @GetMapping("/cases/{caseType}/{caseId}/deadlines")
    @Operation(
            summary = "A case's deadlines per step",
            description = "Per bound step the governing deadline (the earliest still waiting), every clock, and"
                    + " the count rules.")
    CaseDeadlines deadlinesOf(
            @PathVariable String caseType,
            @PathVariable String caseId,
            @RequestParam(required = false) Long insurerId) {
        CaseRef ref = ClockAccess.caseRef(caseType, caseId, insurerId);
        CaseDeadlines deadlines = clocks.deadlinesOf(ref);
        if (deadlines.steps().isEmpty() && deadlines.counts().isEmpty()
                || !deadlines.clocks().stream().allMatch(ClockAccess::canSee)) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        return deadlines;
    }

    @PostMapping("/cases/{caseType}/{caseId}/reassignment")
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'DISPATCHER', 'CLAIMS_HANDLER', 'COMPLAINT_HANDLER')")
    @Operation(
            summary = "Hand a case to another unit or handler (改派、异地移交)",
            description = "Every open clock keeps its start and deadline and changes owner.")
    List<ClockView> reassign(
            @PathVariable String caseType,
            @PathVariable String caseId,
            @RequestParam(required = false) Long insurerId,
            @Valid @RequestBody ReassignmentRequest request) {
        CaseRef ref = ClockAccess.caseRef(caseType, caseId, insurerId);
        List<ClockView> current = clocks.clocksOf(ref);
        if (current.isEmpty() || !current.stream().allMatch(ClockAccess::canSee)) {
            throw new NotFoundException("Case", caseType + "/" + caseId);
        }
        OrgUnitView target = organization
                .unit(request.owner().orgUnitId())
                .filter(unit -> ClockAccess.scope().canSee(unit.insurerId(), unit.path()))
                .orElseThrow(() -> new InvalidInputException(
                        "owner.orgUnitId",
                        "no organisation unit " + request.owner().orgUnitId() + " in your scope"));
        Instant at = request.at() == null ? clock.instant() : request.at();
        if (at.isAfter(clock.instant())) {
            throw new InvalidInputException("at", "must not lie in the future");
        }
        return clocks.reassign(ref, request.owner().toOwner(), at, request.reason() + " (" + target.name() + ")");
    }

    @PostMapping("/clocks/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Extend a clock",
            description = "Grants the next rung of the standard's extension ladder; the approver's role and the"
                    + " customer notice the standard requires are checked by the engine.")
    ClockView extend(@PathVariable UUID id, @Valid @RequestBody ExtensionRequest request) {
        visibleClock(id);
        Instant notifiedAt = request.customerNotifiedAt();
        if (request.customerNotified() && notifiedAt == null) {
            notifiedAt = clock.instant();
        }
        if (!request.customerNotified() && notifiedAt != null) {
            throw new InvalidInputException("customerNotified", "must be true when customerNotifiedAt is given");
        }
        return clocks.extend(
                id,
                new ExtendClock(request.reason(), notifiedAt, request.newDeadline()),
                new Approver(ClockAccess.user().username(), ClockAccess.user().roles(), ClockAccess.scope()));
    }

    @PostMapping("/clocks/{id}/acknowledgement")
    @PreAuthorize("hasRole('MANAGER')")
    @Operation(summary = "Acknowledge a breach with its reason (超时确认)")
    ClockView acknowledge(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        visibleClock(id);
        if (!ClockAccess.has(Role.MANAGER)) {
            throw new AccessDeniedException("Breaches are acknowledged by a MANAGER");
        }
        return clocks.acknowledgeBreach(
                id, request.reason().trim(), ClockAccess.user().username());
    }

    @PostMapping("/clocks/{id}/void")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Void a clock recorded in error (administrator)",
            description =
                    "Whatever its state the clock stops binding and leaves the statistics; its timeline keeps it.")
    ClockView voidClock(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        visibleClock(id);
        return clocks.voidClock(id, request.reason(), ClockAccess.user().username());
    }

    @GetMapping("/compliance")
    @Operation(summary = "Compliance statistics per standard, branch and period (达标统计)")
    List<ComplianceStatistics.Line> compliance(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) Long orgUnit,
            @RequestParam(defaultValue = "month") String period) {
        return statistics.compliance(
                ClockAccess.scope(), from, to, standard, orgUnit, CompliancePeriods.parse(from, to, period));
    }

    // Association and county users see aggregates only; to them no individual clock exists.
    private ClockView visibleClock(UUID id) {
        if (!ClockAccess.scope().seesRecords()) {
            throw new NotFoundException("Clock", id);
        }
        return clocks.find(id).filter(ClockAccess::canSee).orElseThrow(() -> new NotFoundException("Clock", id));
    }
}
