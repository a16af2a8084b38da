package io.shixiao.servicelevel.clock.domain;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The running time limit of one standard on one case: when it started, when it is due, the
 * intervals it did not count, the extensions granted and what became of it. Its state changes only
 * through the transition methods below, each of which refuses what the current state does not allow.
 * A clock that breaches keeps counting until its stop milestone arrives, so that the time a late
 * case really took is known.
 */
public final class ServiceClock {

    /** A clock as stored, for the repository to restore it. */
    public record Stored(
            UUID id,
            CaseRef caseRef,
            String standardCode,
            LocalDate standardVersion,
            String step,
            int cycle,
            ClockOwner owner,
            ClockPeriod period,
            @org.jspecify.annotations.Nullable Instant anchor,
            List<Integer> warningPercents,
            Set<Role> escalationRoles,
            Instant startedAt,
            Instant deadline,
            ClockState state,
            @org.jspecify.annotations.Nullable Instant pausedSince,
            @org.jspecify.annotations.Nullable String pauseReason,
            List<PausedInterval> pauses,
            List<Extension> extensions,
            int warnedPercent,
            @org.jspecify.annotations.Nullable Instant breachFlaggedAt,
            @org.jspecify.annotations.Nullable BreachAcknowledgement acknowledgement,
            @org.jspecify.annotations.Nullable Instant stoppedAt,
            boolean lateStop,
            int version) {}

    /** What a standard says of a new clock: which one it is, how long it runs, whom it warns and escalates to. */
    public record Terms(
            String standardCode,
            LocalDate standardVersion,
            String step,
            ClockPeriod period,
            List<Integer> warningPercents,
            Set<Role> escalationRoles) {}

    private final UUID id;
    private final CaseRef caseRef;
    private final String standardCode;
    private final LocalDate standardVersion;
    private final String step;
    private final int cycle;
    private final ClockPeriod period;
    private final @org.jspecify.annotations.Nullable Instant anchor;
    private final List<Integer> warningPercents;
    private final Set<Role> escalationRoles;
    private final List<PausedInterval> pauses;
    private final List<Extension> extensions;
    private final List<TimelineEntry> newEntries = new ArrayList<>();
    private final int version;
    private ClockOwner owner;
    private Instant startedAt;
    private Instant deadline;
    private ClockState state;
    private @org.jspecify.annotations.Nullable Instant pausedSince;
    private @org.jspecify.annotations.Nullable String pauseReason;
    private int warnedPercent;
    private @org.jspecify.annotations.Nullable Instant breachFlaggedAt;
    private @org.jspecify.annotations.Nullable BreachAcknowledgement acknowledgement;
    private @org.jspecify.annotations.Nullable Instant stoppedAt;
    private boolean lateStop;

    private ServiceClock(Stored s) {
        this.id = Objects.requireNonNull(s.id());
        this.caseRef = Objects.requireNonNull(s.caseRef());
        this.standardCode = Objects.requireNonNull(s.standardCode());
        this.standardVersion = Objects.requireNonNull(s.standardVersion());
        this.step = Objects.requireNonNull(s.step());
        this.cycle = s.cycle();
        this.owner = Objects.requireNonNull(s.owner());
        this.period = Objects.requireNonNull(s.period());
        this.anchor = s.anchor();
        this.warningPercents = s.warningPercents().stream().sorted().toList();
        this.escalationRoles = Set.copyOf(s.escalationRoles());
        this.startedAt = s.startedAt();
        this.deadline = s.deadline();
        this.state = s.state();
        this.pausedSince = s.pausedSince();
        this.pauseReason = s.pauseReason();
        this.pauses = new ArrayList<>(s.pauses());
        this.extensions = new ArrayList<>(s.extensions());
        this.warnedPercent = s.warnedPercent();
        this.breachFlaggedAt = s.breachFlaggedAt();
        this.acknowledgement = s.acknowledgement();
        this.stoppedAt = s.stoppedAt();
        this.lateStop = s.lateStop();
        this.version = s.version();
    }

    /** A stored clock, as it was saved. */
    public static ServiceClock restore(Stored stored) {
        return new ServiceClock(stored);
    }

    /** A clock started at {@code at} by its start milestone; the period runs forward from it. */
    public static ServiceClock start(
            CaseRef caseRef, Terms terms, int cycle, ClockOwner owner, Instant at, DeadlineCalculator calculator) {
        Instant deadline = calculator.deadline(terms.period(), at, List.of(), List.of());
        ServiceClock clock = fresh(caseRef, terms, cycle, owner, null, at, deadline);
        clock.log(at, "STARTED", terms.period().describe() + ", due " + show(deadline));
        return clock;
    }

    /**
     * A clock whose deadline is counted back from {@code anchor}, a future instant (保单到期): it starts when
     * the anchor is reported, at {@code reportedAt}, and is due {@link DeadlineCalculator#deadlineBefore} it.
     * Refused when that deadline has already passed: the duty could not be met from the start.
     */
    public static ServiceClock startCountedBack(
            CaseRef caseRef,
            Terms terms,
            int cycle,
            ClockOwner owner,
            Instant anchor,
            Instant reportedAt,
            DeadlineCalculator calculator) {
        Instant deadline = calculator.deadlineBefore(terms.period(), anchor);
        if (!deadline.isAfter(reportedAt)) {
            throw new ClockTransitionRefused("Clock " + terms.standardCode() + " of " + caseRef + " would be due "
                    + show(deadline) + ", before it was reported");
        }
        ServiceClock clock = fresh(caseRef, terms, cycle, owner, anchor, reportedAt, deadline);
        clock.log(reportedAt, "STARTED", terms.period().describe() + " " + show(anchor) + ", due " + show(deadline));
        return clock;
    }

    private static ServiceClock fresh(
            CaseRef caseRef,
            Terms terms,
            int cycle,
            ClockOwner owner,
            @org.jspecify.annotations.Nullable Instant anchor,
            Instant start,
            Instant deadline) {
        return new ServiceClock(new Stored(
                UUID.randomUUID(),
                caseRef,
                terms.standardCode(),
                terms.standardVersion(),
                terms.step(),
                cycle,
                owner,
                terms.period(),
                anchor,
                terms.warningPercents(),
                terms.escalationRoles(),
                start,
                deadline,
                ClockState.RUNNING,
                null,
                null,
                List.of(),
                List.of(),
                0,
                null,
                null,
                null,
                false,
                0));
    }

    /** Stops counting, e.g. when the one-time notice of missing documents reaches the claimant. */
    public void pause(Instant at, String reason) {
        require(state == ClockState.RUNNING, "pause");
        refuseForCountedBack("pause");
        state = ClockState.PAUSED;
        pausedSince = at;
        pauseReason = reason;
        log(at, "PAUSED", reason);
    }

    /** Counts again; the deadline moves by the paused time or days ({@link DeadlineCalculator}). */
    public void resume(Instant at, DeadlineCalculator calculator) {
        require(state == ClockState.PAUSED, "resume");
        closePause(at);
        state = ClockState.RUNNING;
        deadline = calculator.deadline(period, startedAt, pauses, extensions);
        log(at, "RESUMED", "due " + show(deadline));
    }

    /**
     * The stop milestone happened at {@code at} and was recorded at {@code recordedAt}. The limit is met
     * only by a stop that both happened and was recorded before the deadline: a step recorded after its
     * deadline passed (补录) stays a breach, whatever time it claims, just as the breach sweep would have
     * flagged it at the deadline. Returns whether the limit was met.
     */
    public boolean meet(Instant at, Instant recordedAt, boolean lateEntry, DeadlineCalculator calculator) {
        require(state.isOpen() || (state == ClockState.BREACHED && stoppedAt == null), "meet");
        if (state == ClockState.PAUSED) {
            // The pause ends with the stop, and the deadline moves by it before the two are compared.
            closePause(at);
            deadline = calculator.deadline(period, startedAt, pauses, extensions);
        }
        boolean inTime = state != ClockState.BREACHED && at.isBefore(deadline) && recordedAt.isBefore(deadline);
        if (!inTime && state != ClockState.BREACHED) {
            state = ClockState.BREACHED;
            breachFlaggedAt = recordedAt;
            log(
                    at,
                    "BREACHED",
                    "due " + show(deadline) + ", stop milestone "
                            + (at.isBefore(deadline) ? "recorded late, at " + show(recordedAt) : "came late"));
        }
        if (inTime) {
            state = ClockState.MET;
        }
        stoppedAt = at;
        lateStop = lateEntry;
        log(at, inTime ? "MET" : "MET_LATE", "elapsed " + elapsed(at).toMinutes() + " min");
        return inTime;
    }

    /**
     * Grants an extension allowed by the standard: no more steps than it permits and, where it requires
     * notice to the customer, only once the customer was told (before the original deadline when the
     * standard says so, as 浙江规范第七章 2.7.1 and 投诉办法第十八条 do).
     */
    public Extension extend(
            ExtensionRequest request, ExtensionPolicy ladder, Instant at, DeadlineCalculator calculator) {
        ExtensionPolicy.Step step = nextExtension(ladder);
        if (step.customerNoticeRequired() && request.customerNotifiedAt() == null) {
            throw new ClockTransitionRefused(
                    "Standard " + standardCode + " requires the customer to be told of the extension");
        }
        if (step.noticeBeforeDeadline()
                && request.customerNotifiedAt() != null
                && !request.customerNotifiedAt().isBefore(deadline)) {
            throw new ClockTransitionRefused("The customer must be told before the deadline " + show(deadline));
        }
        Instant previous = deadline;
        Instant requested = previous;
        if (step.approverSetsDeadline()) {
            if (request.requestedDeadline() == null
                    || !request.requestedDeadline().isAfter(previous)) {
                throw new ClockTransitionRefused("This extension needs a new deadline after " + show(previous));
            }
            requested = request.requestedDeadline();
        }
        List<Extension> granted = new ArrayList<>(extensions);
        granted.add(new Extension(
                granted.size() + 1,
                step.amount(),
                step.unit(),
                previous,
                requested,
                request.approver(),
                request.reason(),
                request.customerNotifiedAt(),
                at));
        Instant next = calculator.deadline(period, startedAt, pauses, granted);
        Extension extension = new Extension(
                granted.size(),
                step.amount(),
                step.unit(),
                previous,
                next,
                request.approver(),
                request.reason(),
                request.customerNotifiedAt(),
                at);
        extensions.add(extension);
        deadline = next;
        log(
                at,
                "EXTENDED",
                "step " + extension.step() + " by " + request.approver() + ": " + request.reason() + "; due "
                        + show(next));
        return extension;
    }

    /** The rung of the standard's ladder an extension would take now; refused when none is left. */
    public ExtensionPolicy.Step nextExtension(ExtensionPolicy ladder) {
        require(state.isOpen(), "extend");
        refuseForCountedBack("extend");
        if (!ladder.allowed()) {
            throw new ClockTransitionRefused("Standard " + standardCode + " allows no extension");
        }
        return ladder.next(extensions.size())
                .orElseThrow(() -> new ClockTransitionRefused("Standard " + standardCode + " allows "
                        + ladder.steps().size() + " extension(s); " + extensions.size() + " already granted"));
    }

    /** The case no longer needs the step (投诉办法第十五条: a withdrawn complaint ends the procedure). */
    public void cancel(Instant at, String reason) {
        require(state.isOpen(), "cancel");
        if (state == ClockState.PAUSED) {
            closePause(at);
        }
        state = ClockState.CANCELLED;
        stoppedAt = at;
        log(at, "CANCELLED", reason);
    }

    /**
     * An administrator voids a clock recorded in error (a case reported with a wrong id): whatever its
     * state, it stops binding and leaves the statistics; the timeline keeps what happened and why.
     */
    public void voidBy(String administrator, String reason, Instant at) {
        require(state != ClockState.CANCELLED, "void");
        if (state == ClockState.PAUSED) {
            closePause(at);
        }
        state = ClockState.CANCELLED;
        if (stoppedAt == null) {
            stoppedAt = at;
        }
        log(at, "VOIDED", administrator + ": " + reason);
    }

    /**
     * Counts anew from {@code at}: 投诉办法第十八条第三款, new facts and reasons restart the limit "自收到新的投诉材料之日起".
     * Pauses, extensions and warnings of the old count end with it; the timeline keeps them.
     */
    public void restart(Instant at, DeadlineCalculator calculator) {
        require(state.isOpen(), "restart");
        refuseForCountedBack("restart");
        if (state == ClockState.PAUSED) {
            closePause(at);
        }
        startedAt = at;
        pauses.clear();
        extensions.clear();
        warnedPercent = 0;
        state = ClockState.RUNNING;
        deadline = calculator.deadline(period, startedAt, pauses, extensions);
        log(at, "RESTARTED", "due " + show(deadline));
    }

    /** The case was handed to another unit or handler; the clock keeps running (异地 hand-off, 改派). */
    public void reassign(ClockOwner next, Instant at, String reason) {
        if (next.equals(owner)) {
            return;
        }
        String from =
                "unit " + owner.orgUnitId() + (owner.assigneeId() == null ? "" : " / staff " + owner.assigneeId());
        String to = "unit " + next.orgUnitId() + (next.assigneeId() == null ? "" : " / staff " + next.assigneeId());
        owner = next;
        log(at, "REASSIGNED", from + " → " + to + ": " + reason);
    }

    /** The deadline passed while the clock was running: flagged once, by the breach sweep. */
    public void markBreached(Instant now) {
        require(state == ClockState.RUNNING, "mark breached");
        if (now.isBefore(deadline)) {
            throw new ClockTransitionRefused("Clock is not due before " + show(deadline));
        }
        state = ClockState.BREACHED;
        breachFlaggedAt = now;
        log(now, "BREACHED", "due " + show(deadline));
    }

    /** A manager acknowledges a breach and records why it happened. */
    public void acknowledgeBreach(String reason, String by, Instant at) {
        require(state == ClockState.BREACHED, "acknowledge a breach of");
        if (acknowledgement != null) {
            throw new ClockTransitionRefused("Breach was already acknowledged by " + acknowledgement.by());
        }
        acknowledgement = new BreachAcknowledgement(reason, by, at);
        log(at, "BREACH_ACKNOWLEDGED", reason);
    }

    /** A step of the case was recorded after it happened (补录): the timeline shows both times and why. */
    public void noteLateEntry(String milestone, Instant occurredAt, Instant recordedAt, String reason) {
        log(occurredAt, "LATE_ENTRY", milestone + " recorded " + show(recordedAt) + ": " + reason);
    }

    /**
     * The warning thresholds crossed by {@code now} and not yet warned of, each returned once, in
     * ascending order. Refused unless running.
     */
    public List<Integer> warn(Instant now) {
        require(state == ClockState.RUNNING, "warn");
        List<Integer> crossed = new ArrayList<>();
        for (int percent : warningPercents) {
            if (percent > warnedPercent && !now.isBefore(warningTime(percent))) {
                crossed.add(percent);
            }
        }
        if (!crossed.isEmpty()) {
            warnedPercent = crossed.get(crossed.size() - 1);
            log(now, "WARNED", crossed + "% of the time used, due " + show(deadline));
        }
        return crossed;
    }

    /** Moves the deadline after the calendar it counts on changed; running and paused clocks only. */
    public boolean recompute(Instant at, DeadlineCalculator calculator, String why) {
        require(state.isOpen(), "recompute");
        Instant next = period.countedBack()
                ? calculator.deadlineBefore(
                        period, Objects.requireNonNull(anchor, "a counted-back clock keeps its anchor"))
                : calculator.deadline(period, startedAt, pauses, extensions);
        if (next.equals(deadline)) {
            return false;
        }
        log(at, "RECOMPUTED", why + ": due " + show(deadline) + " → " + show(next));
        deadline = next;
        return true;
    }

    /** When the next warning is due, or null when every threshold was warned of. */
    public @org.jspecify.annotations.Nullable Instant nextWarningAt() {
        return warningPercents.stream()
                .filter(p -> p > warnedPercent)
                .findFirst()
                .map(this::warningTime)
                .orElse(null);
    }

    /** Counted time: from the start to the stop (or {@code now}), without the paused intervals. */
    public Duration elapsed(Instant now) {
        Instant end = stoppedAt != null ? stoppedAt : now;
        Duration paused = pauses.stream().map(PausedInterval::duration).reduce(Duration.ZERO, Duration::plus);
        if (pausedSince != null && end.isAfter(pausedSince)) {
            paused = paused.plus(Duration.between(pausedSince, end));
        }
        Duration elapsed = Duration.between(startedAt, end).minus(paused);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }

    // Warnings use the share of wall-clock time from the start to the current deadline, not counted
    // days: a person feels the time left in hours, and the deadline already holds the calendar's rules.
    private Instant warningTime(int percent) {
        long allowed = Duration.between(startedAt, deadline).toMillis();
        return startedAt.plusMillis(allowed * percent / 100);
    }

    private void closePause(Instant at) {
        Instant since = Objects.requireNonNull(pausedSince, "only a paused clock closes its pause");
        pauses.add(new PausedInterval(since, at.isBefore(since) ? since : at, pauseReason));
        pausedSince = null;
        pauseReason = null;
    }

    private void refuseForCountedBack(String action) {
        if (period.countedBack()) {
            throw new ClockTransitionRefused("Cannot " + action + " clock " + standardCode + " of " + caseRef
                    + ": its deadline is counted back from " + show(anchor));
        }
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new ClockTransitionRefused(
                    "Cannot " + action + " clock " + standardCode + " of " + caseRef + ": it is " + state
                            + (state == ClockState.BREACHED && stoppedAt != null ? " and already stopped" : ""));
        }
    }

    private void log(Instant at, String kind, String detail) {
        newEntries.add(new TimelineEntry(at, kind, detail, null));
    }

    private static String show(@org.jspecify.annotations.Nullable Instant instant) {
        return ShanghaiTime.display(instant);
    }

    /** Timeline entries recorded since the clock was loaded; the repository appends them. */
    public List<TimelineEntry> drainTimeline() {
        List<TimelineEntry> drained = List.copyOf(newEntries);
        newEntries.clear();
        return drained;
    }

    public UUID id() {
        return id;
    }

    public CaseRef caseRef() {
        return caseRef;
    }

    public String standardCode() {
        return standardCode;
    }

    public LocalDate standardVersion() {
        return standardVersion;
    }

    public String step() {
        return step;
    }

    public int cycle() {
        return cycle;
    }

    public ClockOwner owner() {
        return owner;
    }

    public ClockPeriod period() {
        return period;
    }

    public @org.jspecify.annotations.Nullable Instant anchor() {
        return anchor;
    }

    public List<Integer> warningPercents() {
        return warningPercents;
    }

    public Set<Role> escalationRoles() {
        return escalationRoles;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public ClockState state() {
        return state;
    }

    public @org.jspecify.annotations.Nullable Instant pausedSince() {
        return pausedSince;
    }

    public @org.jspecify.annotations.Nullable String pauseReason() {
        return pauseReason;
    }

    public List<PausedInterval> pauses() {
        return List.copyOf(pauses);
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }

    public int warnedPercent() {
        return warnedPercent;
    }

    public @org.jspecify.annotations.Nullable Instant breachFlaggedAt() {
        return breachFlaggedAt;
    }

    public @org.jspecify.annotations.Nullable BreachAcknowledgement acknowledgement() {
        return acknowledgement;
    }

    public @org.jspecify.annotations.Nullable Instant stoppedAt() {
        return stoppedAt;
    }

    public boolean lateStop() {
        return lateStop;
    }

    public int version() {
        return version;
    }
}
