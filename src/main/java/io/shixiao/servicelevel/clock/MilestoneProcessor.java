package io.shixiao.servicelevel.clock;

import io.shixiao.audit.AuditTrail;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.CountView;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceCountExceeded;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.ServiceDeadlineMet;
import io.shixiao.servicelevel.clock.ReportChecks.CheckedReport;
import io.shixiao.servicelevel.clock.domain.ClockOwner;
import io.shixiao.servicelevel.clock.domain.ClockPeriod;
import io.shixiao.servicelevel.clock.domain.ClockTransitionRefused;
import io.shixiao.servicelevel.clock.domain.CountRefused;
import io.shixiao.servicelevel.clock.domain.DeadlineCalculator;
import io.shixiao.servicelevel.clock.domain.ServiceClock;
import io.shixiao.servicelevel.clock.domain.ServiceCount;
import io.shixiao.servicelevel.standard.Milestones;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.WarningThreshold;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns one checked milestone into what the catalog says it does to the case's clocks and counts, and
 * saves it, within the caller's transaction: the milestone is logged once, each existing clock acts
 * under the version of the standard it started with, each standard in force that the milestone starts
 * and that binds the case starts a clock, counts are counted, and events leave through the persisted
 * registry in the same transaction.
 */
@Component
class MilestoneProcessor {

    private final StandardCatalog catalog;
    private final ClockRepository clocks;
    private final CountRepository counts;
    private final MilestoneLog log;
    private final DeadlineCalculator calculator;
    private final ClockViews views;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    MilestoneProcessor(
            StandardCatalog catalog,
            ClockRepository clocks,
            CountRepository counts,
            MilestoneLog log,
            DeadlineCalculator calculator,
            ClockViews views,
            ApplicationEventPublisher events,
            AuditTrail audit) {
        this.catalog = catalog;
        this.clocks = clocks;
        this.counts = counts;
        this.log = log;
        this.calculator = calculator;
        this.views = views;
        this.events = events;
        this.audit = audit;
    }

    MilestoneOutcome process(CheckedReport report) {
        ReportMilestone command = report.command();
        CaseRef ref = command.caseRef();
        String actor = CurrentUser.actor();
        boolean fresh = log.record(
                ref,
                command.milestone(),
                command.at(),
                report.recordedAt(),
                command.lateEntryReason(),
                command.repeatReason(),
                actor);
        if (!fresh) {
            return new MilestoneOutcome(
                    true,
                    clocks.findByCase(ref).stream().map(views::view).toList(),
                    counts.findByCase(ref).stream().map(views::view).toList(),
                    List.of());
        }
        Run run = new Run(report, actor);
        run.applyToExistingClocks();
        run.startClocks();
        run.count();
        run.save();
        audit.recordWrite("REPORT_MILESTONE", "ServiceCase", ref.toString(), run.describe());
        return run.outcome();
    }

    /** The work of one milestone on one case. */
    private final class Run {
        private final CheckedReport report;
        private final ReportMilestone command;
        private final Milestone milestone;
        private final String actor;
        private final LocalDate day;
        private final List<ServiceClock> caseClocks;
        private final Map<String, ServiceClock> latest = new HashMap<>();
        private final List<ServiceClock> started = new ArrayList<>();
        private final Set<ServiceClock> changed = new HashSet<>();
        private final List<ServiceCount> caseCounts;
        private final List<ServiceCount> startedCounts = new ArrayList<>();
        private final Set<ServiceCount> changedCounts = new HashSet<>();
        private final List<String> ignored = new ArrayList<>();

        Run(CheckedReport report, String actor) {
            this.report = report;
            this.command = report.command();
            this.milestone = command.milestone();
            this.actor = actor;
            // An announced milestone (保单到期) binds the standards in force when it is reported.
            Instant dated = milestone.announced() ? report.recordedAt() : command.at();
            this.day = dated.atZone(ShanghaiTime.ZONE).toLocalDate();
            this.caseClocks = clocks.lockCase(command.caseRef());
            for (ServiceClock clock : caseClocks) {
                latest.merge(clock.standardCode(), clock, (a, b) -> a.cycle() >= b.cycle() ? a : b);
            }
            this.caseCounts = counts.lockCase(command.caseRef());
        }

        void applyToExistingClocks() {
            for (ServiceClock clock : latest.values()) {
                ServiceStandard standard = views.standardOf(clock);
                if (!standard.milestones().mentions(milestone)) {
                    continue;
                }
                requireFacts(standard);
                try {
                    if (act(clock, standard.milestones())) {
                        changed.add(clock);
                    }
                } catch (ClockTransitionRefused refused) {
                    ignored.add(refused.getMessage());
                }
            }
        }

        // A milestone acts on a clock in the order stop, pause, resume, restart, cancel.
        private boolean act(ServiceClock clock, Milestones m) {
            Instant at = command.at();
            if (m.stop().contains(milestone)) {
                ClockState before = clock.state();
                boolean inTime = clock.meet(at, report.recordedAt(), report.late(), calculator);
                if (!inTime && before != ClockState.BREACHED) {
                    breached(clock, report.recordedAt());
                }
                events.publishEvent(new ServiceDeadlineMet(
                        views.ref(clock),
                        clock.deadline(),
                        at,
                        inTime,
                        clock.elapsed(at).toSeconds(),
                        report.late()));
            } else if (m.pause().contains(milestone)) {
                clock.pause(at, milestone.name());
            } else if (m.resume().contains(milestone)) {
                clock.resume(at, calculator);
            } else if (m.restart().contains(milestone)) {
                clock.restart(at, calculator);
            } else if (m.cancel().contains(milestone)) {
                clock.cancel(at, milestone.name());
            } else {
                return false;
            }
            if (report.late()) {
                clock.noteLateEntry(milestone.name(), at, report.recordedAt(), command.lateEntryReason());
            }
            return true;
        }

        void startClocks() {
            for (ServiceStandard standard : catalog.inForce(command.caseRef().type(), day)) {
                if (standard.kind() != ServiceStandard.Kind.CLOCK || !standard.startsOn(milestone)) {
                    continue;
                }
                ServiceClock previous = latest.get(standard.code());
                boolean mayStartAgain = previous != null
                        && standard.repeatable()
                        && !previous.state().isOpen()
                        && previous.stoppedAt() != null;
                if (previous != null && !mayStartAgain) {
                    continue;
                }
                if (!standard.appliesTo()
                        .covers(
                                command.caseRef().type(),
                                command.facts(),
                                report.unit().divisionCode())) {
                    continue;
                }
                StandardCatalog.Binding binding = catalog.binding(
                        standard, command.caseRef().insurerId(), command.owner().schemeId(), command.facts(), day);
                if (!binding.binds()) {
                    continue;
                }
                int cycle = previous == null ? 1 : previous.cycle() + 1;
                try {
                    ServiceClock clock = start(standard, binding.period(), cycle);
                    started.add(clock);
                    latest.put(standard.code(), clock);
                } catch (ClockTransitionRefused refused) {
                    ignored.add(refused.getMessage());
                }
            }
        }

        private ServiceClock start(ServiceStandard standard, PeriodSpec spec, int cycle) {
            boolean countedBack = standard.direction() == ServiceStandard.Direction.BEFORE_START;
            ClockPeriod period = new ClockPeriod(
                    spec.amount(),
                    spec.unit(),
                    spec.calendar(),
                    spec.rollRestDay(),
                    spec.endAtCloseOfBusiness(),
                    countedBack,
                    spec.pausedDays());
            ServiceClock.Terms terms = new ServiceClock.Terms(
                    standard.code(),
                    standard.effectiveFrom(),
                    standard.bindsStep(),
                    period,
                    standard.warnings().stream()
                            .map(WarningThreshold::elapsedPercent)
                            .toList(),
                    standard.breachEscalation());
            ClockOwner owner = new ClockOwner(
                    report.unit().id(), report.unit().path(), command.owner().assigneeId());
            if (countedBack) {
                return ServiceClock.startCountedBack(
                        command.caseRef(), terms, cycle, owner, command.at(), report.recordedAt(), calculator);
            }
            Milestone countFrom = standard.milestones().countFrom();
            Instant from = countFrom == null
                    ? command.at()
                    : log.first(command.caseRef(), countFrom)
                            .filter(first -> first.isBefore(command.at()))
                            .orElse(command.at());
            ServiceClock clock = ServiceClock.start(command.caseRef(), terms, cycle, owner, from, calculator);
            if (from.isBefore(command.at())) {
                replay(clock, standard.milestones(), from);
            }
            if (report.late()) {
                clock.noteLateEntry(milestone.name(), command.at(), report.recordedAt(), command.lateEntryReason());
            }
            return clock;
        }

        // A clock started late counts from an earlier milestone: the pauses and resumptions recorded since then
        // apply to it as they would have, so that 司法解释二第十五条's deduction is not lost.
        private void replay(ServiceClock clock, Milestones m, Instant from) {
            Set<Milestone> pausing = new HashSet<>(m.pause());
            pausing.addAll(m.resume());
            for (MilestoneLog.Entry entry : log.since(command.caseRef(), pausing, from)) {
                try {
                    if (m.pause().contains(entry.milestone())) {
                        clock.pause(entry.at(), entry.milestone().name());
                    } else {
                        clock.resume(entry.at(), calculator);
                    }
                } catch (ClockTransitionRefused refused) {
                    ignored.add(refused.getMessage());
                }
            }
        }

        void count() {
            for (ServiceStandard standard : catalog.inForce(command.caseRef().type(), day)) {
                if (standard.kind() != ServiceStandard.Kind.COUNT) {
                    continue;
                }
                ServiceCount existing = caseCounts.stream()
                        .filter(c -> c.standardCode().equals(standard.code()))
                        .findFirst()
                        .orElse(null);
                if (existing == null) {
                    startCount(standard);
                } else {
                    actOnCount(existing, standard);
                }
            }
        }

        private void startCount(ServiceStandard standard) {
            if (!standard.startsOn(milestone)
                    || !standard.appliesTo()
                            .covers(
                                    command.caseRef().type(),
                                    command.facts(),
                                    report.unit().divisionCode())
                    || !catalog.binding(
                                    standard,
                                    command.caseRef().insurerId(),
                                    command.owner().schemeId(),
                                    command.facts(),
                                    day)
                            .binds()) {
                return;
            }
            startedCounts.add(ServiceCount.start(
                    command.caseRef(),
                    standard.code(),
                    standard.effectiveFrom(),
                    standard.bindsStep(),
                    new ClockOwner(
                            report.unit().id(),
                            report.unit().path(),
                            command.owner().assigneeId()),
                    standard.countLimit(),
                    command.at()));
        }

        private void actOnCount(ServiceCount count, ServiceStandard standard) {
            if (count.state() != ServiceCount.State.OPEN) {
                return;
            }
            Milestones m = standard.milestones();
            try {
                if (count.limit().counted() == milestone) {
                    ServiceCount.Outcome outcome = count.record(command.at(), command.repeatReason());
                    if (outcome == ServiceCount.Outcome.EXCEEDED) {
                        events.publishEvent(new ServiceCountExceeded(
                                count.id(),
                                count.caseRef(),
                                count.standardCode(),
                                count.step(),
                                standard.title(),
                                count.owner().orgUnitId(),
                                count.owner().orgPath(),
                                count.counted(),
                                count.limit().maximum(),
                                standard.breachEscalation(),
                                command.at()));
                    }
                    changedCounts.add(count);
                } else if (m.stop().contains(milestone)) {
                    count.close(command.at());
                    changedCounts.add(count);
                } else if (m.cancel().contains(milestone)) {
                    count.cancel(command.at());
                    changedCounts.add(count);
                }
            } catch (CountRefused refused) {
                throw new ConflictException("repeatReason", refused.getMessage());
            }
        }

        private void requireFacts(ServiceStandard standard) {
            Set<Fact> required = standard.milestones().factsRequiredBy(milestone);
            if (!command.facts().facts().containsAll(required)) {
                throw new InvalidInputException(
                        "facts",
                        milestone + " acts on " + standard.code() + " only with " + required + " ("
                                + standard.source().clause() + ")");
            }
        }

        private void breached(ServiceClock clock, Instant at) {
            clocks.insertEscalation(clock, clock.escalationRoles(), at);
            events.publishEvent(
                    new ServiceDeadlineBreached(views.ref(clock), clock.escalationRoles(), clock.deadline(), at));
        }

        void save() {
            started.forEach(c -> clocks.insert(c, actor));
            changed.forEach(c -> clocks.update(c, actor));
            startedCounts.forEach(c -> counts.insert(c, views.standardOf(c).breachEscalation(), actor));
            changedCounts.forEach(c -> counts.update(c, actor));
            // A clock started already past its deadline (a late entry, a count from an earlier milestone) is
            // flagged by the breach sweep within a second, like any other.
        }

        String describe() {
            return milestone + " at " + ShanghaiTime.display(command.at())
                    + (report.late()
                            ? " recorded " + ShanghaiTime.display(report.recordedAt()) + " (补录: "
                                    + command.lateEntryReason() + ")"
                            : "")
                    + (command.repeatReason() == null ? "" : "; repeated because " + command.repeatReason())
                    + ": started " + codes(started) + ", changed " + codes(List.copyOf(changed))
                    + (startedCounts.isEmpty() && changedCounts.isEmpty()
                            ? ""
                            : ", counts " + (startedCounts.size() + changedCounts.size()));
        }

        MilestoneOutcome outcome() {
            List<ClockView> touched = new ArrayList<>();
            started.forEach(c -> touched.add(views.view(c)));
            changed.stream()
                    .sorted(Comparator.comparing(ServiceClock::deadline))
                    .forEach(c -> touched.add(views.view(c)));
            List<CountView> countViews = new ArrayList<>();
            startedCounts.forEach(c -> countViews.add(views.view(c)));
            changedCounts.forEach(c -> countViews.add(views.view(c)));
            return new MilestoneOutcome(false, touched, countViews, ignored);
        }

        private static String codes(List<ServiceClock> list) {
            return list.stream().map(ServiceClock::standardCode).collect(Collectors.joining(",", "[", "]"));
        }
    }
}
