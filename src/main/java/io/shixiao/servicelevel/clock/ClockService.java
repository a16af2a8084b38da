package io.shixiao.servicelevel.clock;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.servicelevel.Approver;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockCounts;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.CountView;
import io.shixiao.servicelevel.ExtendClock;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.StepDeadline;
import io.shixiao.servicelevel.clock.domain.ClockOwner;
import io.shixiao.servicelevel.clock.domain.ClockTransitionRefused;
import io.shixiao.servicelevel.clock.domain.DeadlineCalculator;
import io.shixiao.servicelevel.clock.domain.Extension;
import io.shixiao.servicelevel.clock.domain.ExtensionRequest;
import io.shixiao.servicelevel.clock.domain.ServiceClock;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine behind {@link ServiceClocks}: checks each command ({@link ReportChecks}), runs it in one
 * transaction ({@link MilestoneProcessor} for milestones), and answers the reads of a case's deadlines.
 */
@Service
class ClockService implements ServiceClocks {

    private static final int ATTEMPTS = 3;

    private final ReportChecks checks;
    private final MilestoneProcessor processor;
    private final ClockRepository clocks;
    private final CountRepository counts;
    private final ClockViews views;
    private final ClockBoard board;
    private final DeadlineCalculator calculator;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ClockService(
            ReportChecks checks,
            MilestoneProcessor processor,
            ClockRepository clocks,
            CountRepository counts,
            ClockViews views,
            ClockBoard board,
            DeadlineCalculator calculator,
            AuditTrail audit,
            Clock clock,
            TransactionTemplate transaction) {
        this.checks = checks;
        this.processor = processor;
        this.clocks = clocks;
        this.counts = counts;
        this.views = views;
        this.board = board;
        this.calculator = calculator;
        this.audit = audit;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public MilestoneOutcome report(ReportMilestone command) {
        return report(command, DataScope.platform());
    }

    @Override
    public MilestoneOutcome report(ReportMilestone command, DataScope scope) {
        ReportChecks.CheckedReport checked = checks.check(command, scope);
        // A caller who cannot see every clock of an existing case cannot act on it: to them it does not exist.
        if (!scope.isPlatform()
                && clocks.findByCase(command.caseRef()).stream()
                        .anyMatch(c ->
                                !scope.canSee(c.caseRef().insurerId(), c.owner().orgPath()))) {
            throw new NotFoundException("Case", command.caseRef().toString());
        }
        return inTransaction(() -> processor.process(checked));
    }

    @Override
    public CaseDeadlines deadlinesOf(CaseRef caseRef) {
        return deadlines(
                caseRef,
                clocks.findByCase(caseRef),
                counts.findByCase(caseRef).stream().map(views::view).toList());
    }

    @Override
    public Map<CaseRef, CaseDeadlines> deadlinesOf(Collection<CaseRef> caseRefs) {
        Map<CaseRef, CaseDeadlines> all = new LinkedHashMap<>();
        Map<CaseType, List<CaseRef>> byType = caseRefs.stream().collect(Collectors.groupingBy(CaseRef::type));
        for (Map.Entry<CaseType, List<CaseRef>> type : byType.entrySet()) {
            Map<CaseRef, List<ServiceClock>> byCase = clocks.findByCases(type.getKey(), type.getValue()).stream()
                    .collect(Collectors.groupingBy(ServiceClock::caseRef, LinkedHashMap::new, Collectors.toList()));
            byCase.forEach((ref, list) -> all.put(ref, deadlines(ref, list, List.of())));
        }
        return all;
    }

    private CaseDeadlines deadlines(CaseRef ref, List<ServiceClock> caseClocks, List<CountView> caseCounts) {
        Map<String, List<ClockView>> bySteps = caseClocks.stream()
                .map(views::view)
                .collect(Collectors.groupingBy(ClockView::step, LinkedHashMap::new, Collectors.toList()));
        List<StepDeadline> steps = new ArrayList<>();
        bySteps.forEach((step, list) -> steps.add(new StepDeadline(step, governing(list), list)));
        steps.sort(Comparator.comparing((StepDeadline s) -> !s.governing().waitingForStop())
                .thenComparing(s -> s.governing().deadline()));
        return new CaseDeadlines(ref, steps, caseCounts);
    }

    // DESIGN §3: several standards may bind one step; the earliest deadline of those still waiting
    // governs what the case shows, and when all have stopped, the earliest of all.
    private static ClockView governing(List<ClockView> clocksOfAStep) {
        Comparator<ClockView> byDeadline = Comparator.comparing(ClockView::deadline);
        return clocksOfAStep.stream()
                .filter(ClockView::waitingForStop)
                .min(byDeadline)
                .orElseGet(() -> clocksOfAStep.stream().min(byDeadline).orElseThrow());
    }

    @Override
    public List<ClockView> clocksOf(CaseRef caseRef) {
        return clocks.findByCase(caseRef).stream().map(views::view).toList();
    }

    @Override
    public Optional<ClockView> find(UUID clockId) {
        return clocks.findById(clockId).map(views::view);
    }

    @Override
    public ClockCounts counts(DataScope scope) {
        return board.counts(scope);
    }

    @Override
    public ClockView extend(UUID clockId, ExtendClock request, Approver approver) {
        if (request.reason() == null
                || request.reason().isBlank()
                || request.reason().length() > 500) {
            throw new InvalidInputException("reason", "required, at most 500 characters");
        }
        Instant now = clock.instant();
        if (request.customerNotifiedAt() != null && request.customerNotifiedAt().isAfter(now)) {
            throw new InvalidInputException("customerNotifiedAt", "must not be in the future");
        }
        return inTransaction(() -> {
            ServiceClock target = visible(clockId, approver.scope());
            ExtensionPolicy ladder = views.standardOf(target).extension();
            Extension granted;
            try {
                ExtensionPolicy.Step step = target.nextExtension(ladder);
                // The standard names who approves each rung; a rung with no approver is the handler's own
                // decision (投诉办法第十八条: 延长至30日 needs no approval), taken by anyone who handles the case.
                if (!step.handlerMayExtend() && !approver.roles().contains(step.approverRole())) {
                    throw new AccessDeniedException(
                            "Extension " + (target.extensions().size() + 1) + " of "
                                    + target.standardCode() + " is approved by " + step.approverRole()
                                    + (step.approverLevel() == null ? "" : " (" + step.approverLevel() + ")"));
                }
                if (step.approverSetsDeadline() && request.newDeadline() == null) {
                    throw new InvalidInputException(
                            "newDeadline", "standard " + target.standardCode() + " needs the approver to set it");
                }
                if (step.customerNoticeRequired() && request.customerNotifiedAt() == null) {
                    throw new InvalidInputException(
                            "customerNotifiedAt",
                            "standard " + target.standardCode() + " requires the customer to be told");
                }
                granted = target.extend(
                        new ExtensionRequest(
                                approver.username(),
                                request.reason().trim(),
                                request.customerNotifiedAt(),
                                request.newDeadline()),
                        ladder,
                        now,
                        calculator);
            } catch (ClockTransitionRefused refused) {
                throw new ConflictException("state", refused.getMessage());
            }
            clocks.update(target, approver.username());
            audit.recordWrite(
                    "EXTEND",
                    "ServiceClock",
                    clockId,
                    "step " + granted.step() + " by " + approver.username() + ", due " + granted.newDeadline() + ": "
                            + request.reason());
            return views.view(target);
        });
    }

    @Override
    public List<ClockView> reassign(CaseRef caseRef, CaseOwner newOwner, Instant at, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "required, at most 500 characters");
        }
        OrgUnitView unit = checks.checkOwner(caseRef, newOwner, DataScope.platform());
        ClockOwner owner = new ClockOwner(unit.id(), unit.path(), newOwner.assigneeId());
        return inTransaction(() -> {
            List<ClockView> moved = new ArrayList<>();
            for (ServiceClock target : clocks.lockCase(caseRef)) {
                if (target.state().isOpen() || target.stoppedAt() == null) {
                    target.reassign(owner, at, reason.trim());
                    clocks.update(target, CurrentUser.actor());
                    moved.add(views.view(target));
                }
            }
            audit.recordWrite(
                    "REASSIGN",
                    "ServiceCase",
                    caseRef.toString(),
                    "to unit " + unit.id() + (newOwner.assigneeId() == null ? "" : " staff " + newOwner.assigneeId())
                            + ": " + reason.trim() + " (" + moved.size() + " clocks)");
            return moved;
        });
    }

    @Override
    public ClockView acknowledgeBreach(UUID clockId, String reason, String by) {
        return inTransaction(() -> {
            ServiceClock target = clocks.findById(clockId).orElseThrow(() -> new NotFoundException("Clock", clockId));
            try {
                target.acknowledgeBreach(reason, by, clock.instant());
            } catch (ClockTransitionRefused refused) {
                throw new ConflictException("state", refused.getMessage());
            }
            clocks.update(target, by);
            audit.recordWrite("ACKNOWLEDGE_BREACH", "ServiceClock", clockId, reason);
            return views.view(target);
        });
    }

    @Override
    public ClockView voidClock(UUID clockId, String reason, String by) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "required, at most 500 characters");
        }
        return inTransaction(() -> {
            ServiceClock target = clocks.findById(clockId).orElseThrow(() -> new NotFoundException("Clock", clockId));
            try {
                target.voidBy(by, reason.trim(), clock.instant());
            } catch (ClockTransitionRefused refused) {
                throw new ConflictException("state", refused.getMessage());
            }
            clocks.update(target, by);
            audit.recordWrite(
                    "VOID", "ServiceClock", clockId, target.caseRef() + " " + target.standardCode() + ": " + reason);
            return views.view(target);
        });
    }

    private ServiceClock visible(UUID clockId, DataScope scope) {
        return clocks.findById(clockId)
                .filter(c -> scope.canSee(c.caseRef().insurerId(), c.owner().orgPath()))
                .orElseThrow(() -> new NotFoundException("Clock", clockId));
    }

    // Inside a caller's transaction the engine joins it and leaves a conflict to the caller: after a
    // failed statement PostgreSQL refuses every further one in that transaction, so a retry here could
    // not succeed. On its own it retries a change that raced with the breach sweep on the same clock.
    private <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
