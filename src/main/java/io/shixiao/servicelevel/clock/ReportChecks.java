package io.shixiao.servicelevel.clock;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.StaffView;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Everything a reported milestone must satisfy before it touches a clock, checked here so that no
 * caller — the REST API or a module in the same process — can report a milestone of another case
 * type, an invented or inactive unit, another insurer's staff member, an unknown scheme, a step in
 * the future, or a back-dated step without its reason. Each refusal names the field.
 */
@Component
class ReportChecks {

    /** No service record of this platform lies before this day; an earlier instant is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    /** A reported instant may run ahead of this server's clock by this much (clients' clocks drift). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** How far ahead an announced milestone (保单到期) may lie: the longest policy term. */
    static final Duration LONGEST_ANNOUNCEMENT = Duration.ofDays(366L * 10);

    static final int REASON_LENGTH = 500;

    private final OrganizationDirectory organization;
    private final ServiceContracts contracts;
    private final Clock clock;

    ReportChecks(OrganizationDirectory organization, ServiceContracts contracts, Clock clock) {
        this.organization = organization;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** A report that passed every check, with the unit looked up and the time it was recorded. */
    record CheckedReport(ReportMilestone command, OrgUnitView unit, Instant recordedAt, boolean late) {}

    /**
     * Checks {@code command} for a caller who sees {@code scope}: its owning unit must lie inside that
     * scope. Throws {@link InvalidInputException} naming every field at fault.
     */
    CheckedReport check(ReportMilestone command, DataScope scope) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant now = clock.instant();
        if (command.milestone().caseType() != command.caseRef().type()) {
            problems.add(new FieldProblem(
                    "milestone",
                    command.milestone() + " is a milestone of "
                            + command.milestone().caseType() + " cases, not "
                            + command.caseRef().type()));
        }
        boolean late = checkInstant(command, now, problems);
        checkReason("lateEntryReason", command.lateEntryReason(), problems);
        checkReason("repeatReason", command.repeatReason(), problems);
        OrgUnitView unit = checkOwner(command, scope, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems,
                    "Invalid fields: "
                            + problems.stream()
                                    .map(p -> p.field() + " " + p.message())
                                    .collect(Collectors.joining("; ")));
        }
        return new CheckedReport(command, unit, now, late);
    }

    // Returns whether the step is a back-dated entry (补录).
    private static boolean checkInstant(ReportMilestone command, Instant now, List<FieldProblem> problems) {
        Instant at = command.at();
        if (at.isBefore(EARLIEST.atStartOfDay(ShanghaiTime.ZONE).toInstant())) {
            problems.add(new FieldProblem("at", "must not lie before " + EARLIEST));
            return false;
        }
        if (command.milestone().announced()) {
            if (at.isAfter(now.plus(LONGEST_ANNOUNCEMENT))) {
                problems.add(new FieldProblem("at", "must lie within ten years"));
            }
            return false;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("at", "must not lie in the future (" + ShanghaiTime.display(now) + ")"));
            return false;
        }
        boolean late = at.isBefore(now.minus(Duration.ofMinutes(ReportMilestone.LATE_ENTRY_TOLERANCE_MINUTES)));
        if (late
                && (command.lateEntryReason() == null
                        || command.lateEntryReason().isBlank())) {
            problems.add(new FieldProblem(
                    "lateEntryReason",
                    "required: the step is recorded more than " + ReportMilestone.LATE_ENTRY_TOLERANCE_MINUTES
                            + " minutes after it happened (补录)"));
        }
        return late;
    }

    private static void checkReason(String field, String reason, List<FieldProblem> problems) {
        if (reason == null) {
            return;
        }
        if (reason.length() > REASON_LENGTH) {
            problems.add(new FieldProblem(field, "at most " + REASON_LENGTH + " characters"));
        } else if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add(new FieldProblem(field, "must not contain control characters"));
        }
    }

    /** The unit a new owner names, checked as a report's owner is; throws naming the field at fault. */
    OrgUnitView checkOwner(CaseRef ref, CaseOwner owner, DataScope scope) {
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnitView unit = checkOwner(ref, owner, scope, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems, problems.get(0).field() + " " + problems.get(0).message());
        }
        return unit;
    }

    private OrgUnitView checkOwner(ReportMilestone command, DataScope scope, List<FieldProblem> problems) {
        return checkOwner(command.caseRef(), command.owner(), scope, problems);
    }

    private OrgUnitView checkOwner(CaseRef ref, CaseOwner owner, DataScope scope, List<FieldProblem> problems) {
        long insurer = ref.insurerId();
        OrgUnitView unit = organization
                .unit(owner.orgUnitId())
                .filter(OrgUnitView::active)
                .filter(u -> u.insurerId() == insurer)
                .orElse(null);
        // Missing and out of scope read the same, so the answer reveals no unit the caller may not see.
        if (unit == null || !scope.canSee(unit.insurerId(), unit.path())) {
            problems.add(new FieldProblem(
                    "owner.orgUnitId", "no active organisation unit " + owner.orgUnitId() + " in your scope"));
        }
        if (owner.assigneeId() != null) {
            boolean staffOfTheInsurer = organization
                    .staff(owner.assigneeId())
                    .filter(StaffView::active)
                    .filter(s -> s.insurerId() == insurer)
                    .isPresent();
            if (!staffOfTheInsurer) {
                problems.add(new FieldProblem(
                        "owner.assigneeId", "no active staff member " + owner.assigneeId() + " of insurer " + insurer));
            }
        }
        if (owner.schemeId() != null && !contracts.knowsScheme(owner.schemeId())) {
            problems.add(new FieldProblem("owner.schemeId", "no scheme " + owner.schemeId() + " is known"));
        }
        return unit;
    }
}
