package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Duration;
import java.time.Instant;
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

    /** Where a clock stands. */
    public enum State {
        /** Counting towards the deadline. */
        RUNNING,
        /** Not counting: a pause milestone arrived (missing documents, appraisal, mediation). */
        PAUSED,
        /** The stop milestone arrived before the deadline. */
        MET,
        /** The deadline passed before the stop milestone; the clock keeps the time it took once stopped. */
        BREACHED,
        /** The case no longer needs the step (complaint withdrawn, report cancelled). */
        CANCELLED
    }

    private final UUID id;
    private final String caseType;
    private final String caseId;
    private final String standardCode;
    private final ClockOwner owner;
    private final ClockPeriod period;
    private final List<Integer> warningPercents;
    private final Set<String> escalationRoles;
    private final List<PausedInterval> pauses;
    private final List<Extension> extensions;
    private final List<TimelineEntry> newEntries = new ArrayList<>();
    private final int version;
    private Instant startedAt;
    private Instant deadline;
    private State state;
    private Instant pausedSince;
    private String pauseReason;
    private int warnedPercent;
    private Instant breachFlaggedAt;
    private BreachAcknowledgement acknowledgement;
    private Instant stoppedAt;

    ServiceClock(
            UUID id,
            String caseType,
            String caseId,
            String standardCode,
            ClockOwner owner,
            ClockPeriod period,
            List<Integer> warningPercents,
            Set<String> escalationRoles,
            Instant startedAt,
            Instant deadline,
            State state,
            Instant pausedSince,
            String pauseReason,
            List<PausedInterval> pauses,
            List<Extension> extensions,
            int warnedPercent,
            Instant breachFlaggedAt,
            BreachAcknowledgement acknowledgement,
            Instant stoppedAt,
            int version) {
        this.id = Objects.requireNonNull(id);
        this.caseType = Objects.requireNonNull(caseType);
        this.caseId = Objects.requireNonNull(caseId);
        this.standardCode = Objects.requireNonNull(standardCode);
        this.owner = Objects.requireNonNull(owner);
        this.period = Objects.requireNonNull(period);
        this.warningPercents = warningPercents.stream().sorted().toList();
        this.escalationRoles = Set.copyOf(escalationRoles);
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.state = state;
        this.pausedSince = pausedSince;
        this.pauseReason = pauseReason;
        this.pauses = new ArrayList<>(pauses);
        this.extensions = new ArrayList<>(extensions);
        this.warnedPercent = warnedPercent;
        this.breachFlaggedAt = breachFlaggedAt;
        this.acknowledgement = acknowledgement;
        this.stoppedAt = stoppedAt;
        this.version = version;
    }

    /** A clock of {@code standardCode} on a case, started by its start milestone at {@code at}. */
    public static ServiceClock start(
            String caseType,
            String caseId,
            String standardCode,
            ClockOwner owner,
            ClockPeriod period,
            List<Integer> warningPercents,
            Set<String> escalationRoles,
            Instant at,
            DeadlinePolicy policy) {
        Instant deadline = policy.deadline(period, at, List.of(), List.of());
        ServiceClock clock = new ServiceClock(
                UUID.randomUUID(),
                caseType,
                caseId,
                standardCode,
                owner,
                period,
                warningPercents,
                escalationRoles,
                at,
                deadline,
                State.RUNNING,
                null,
                null,
                List.of(),
                List.of(),
                0,
                null,
                null,
                null,
                0);
        clock.log(
                at,
                "STARTED",
                period.amount() + " " + period.unit() + " on " + period.calendarId() + ", due " + show(deadline));
        return clock;
    }

    /** Stops counting, e.g. when the one-time notice of missing documents reaches the claimant. */
    public void pause(Instant at, String reason) {
        require(state == State.RUNNING, "pause");
        state = State.PAUSED;
        pausedSince = at;
        pauseReason = reason;
        log(at, "PAUSED", reason);
    }

    /** Counts again; the deadline moves by the paused time or days ({@link DeadlinePolicy}). */
    public void resume(Instant at, DeadlinePolicy policy) {
        require(state == State.PAUSED, "resume");
        closePause(at);
        state = State.RUNNING;
        deadline = policy.deadline(period, startedAt, pauses, extensions);
        log(at, "RESUMED", "due " + show(deadline));
    }

    /**
     * The stop milestone arrived. Before the deadline the clock is met; after it the clock is (or
     * becomes) breached and keeps the time it took. Returns whether the limit was met in time.
     */
    public boolean meet(Instant at, DeadlinePolicy policy) {
        require(
                state == State.RUNNING || state == State.PAUSED || (state == State.BREACHED && stoppedAt == null),
                "meet");
        if (state == State.PAUSED) {
            // The pause ends with the stop, and the deadline moves by it before the two are compared.
            closePause(at);
            deadline = policy.deadline(period, startedAt, pauses, extensions);
        }
        boolean inTime = at.isBefore(deadline) && state != State.BREACHED;
        if (!inTime && state != State.BREACHED) {
            state = State.BREACHED;
            breachFlaggedAt = at;
            log(at, "BREACHED", "due " + show(deadline) + ", stop milestone came late");
        }
        if (inTime) {
            state = State.MET;
        }
        stoppedAt = at;
        log(at, inTime ? "MET" : "MET_LATE", "elapsed " + elapsed(at).toMinutes() + " min");
        return inTime;
    }

    /**
     * Grants an extension allowed by the standard: no more steps than it permits and, where it requires
     * notice to the customer, only once the customer was told (before the original deadline when the
     * standard says so, as 浙江规范第七章 2.7.1 and 投诉办法第十八条 do).
     */
    public Extension extend(ExtensionRequest request, ExtensionRules rules, Instant at, DeadlinePolicy policy) {
        require(state == State.RUNNING || state == State.PAUSED, "extend");
        if (!rules.allowed()) {
            throw new ClockTransitionRefused("Standard " + standardCode + " allows no extension");
        }
        ExtensionRules.Step step = rules.next(extensions.size())
                .orElseThrow(() -> new ClockTransitionRefused("Standard " + standardCode + " allows "
                        + rules.steps().size() + " extension(s); " + extensions.size() + " already granted"));
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
        Extension draft = new Extension(
                granted.size() + 1,
                step.amount(),
                step.unit(),
                previous,
                requested,
                request.approver(),
                request.reason(),
                request.customerNotifiedAt(),
                at);
        granted.add(draft);
        Instant next = policy.deadline(period, startedAt, pauses, granted);
        Extension extension = new Extension(
                draft.step(),
                draft.amount(),
                draft.unit(),
                previous,
                next,
                draft.approver(),
                draft.reason(),
                draft.customerNotifiedAt(),
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

    /** The case no longer needs the step (投诉办法第十五条: a withdrawn complaint ends the procedure). */
    public void cancel(Instant at, String reason) {
        require(state == State.RUNNING || state == State.PAUSED, "cancel");
        if (state == State.PAUSED) {
            closePause(at);
        }
        state = State.CANCELLED;
        stoppedAt = at;
        log(at, "CANCELLED", reason);
    }

    /**
     * Counts anew from {@code at}: 投诉办法第十八条第三款, new facts and reasons restart the limit "自收到新的投诉材料之日起".
     * Pauses, extensions and warnings of the old count end with it; the timeline keeps them.
     */
    public void restart(Instant at, DeadlinePolicy policy) {
        require(state == State.RUNNING || state == State.PAUSED, "restart");
        if (state == State.PAUSED) {
            closePause(at);
        }
        startedAt = at;
        pauses.clear();
        extensions.clear();
        warnedPercent = 0;
        state = State.RUNNING;
        deadline = policy.deadline(period, startedAt, pauses, extensions);
        log(at, "RESTARTED", "due " + show(deadline));
    }

    /** The deadline passed while the clock was running: flagged once, by the breach sweep. */
    public void markBreached(Instant now) {
        require(state == State.RUNNING, "mark breached");
        if (now.isBefore(deadline)) {
            throw new ClockTransitionRefused("Clock is not due before " + show(deadline));
        }
        state = State.BREACHED;
        breachFlaggedAt = now;
        log(now, "BREACHED", "due " + show(deadline));
    }

    /** A manager acknowledges a breach and records why it happened. */
    public void acknowledgeBreach(String reason, String by, Instant at) {
        require(state == State.BREACHED, "acknowledge a breach of");
        if (acknowledgement != null) {
            throw new ClockTransitionRefused("Breach was already acknowledged by " + acknowledgement.by());
        }
        acknowledgement = new BreachAcknowledgement(reason, by, at);
        log(at, "BREACH_ACKNOWLEDGED", reason);
    }

    /**
     * The warning thresholds crossed by {@code now} and not yet warned of, each returned once, in
     * ascending order. Refused unless running.
     */
    public List<Integer> warn(Instant now) {
        require(state == State.RUNNING, "warn");
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
    public boolean recompute(Instant at, DeadlinePolicy policy, String why) {
        require(state == State.RUNNING || state == State.PAUSED, "recompute");
        Instant next = policy.deadline(period, startedAt, pauses, extensions);
        if (next.equals(deadline)) {
            return false;
        }
        log(at, "RECOMPUTED", why + ": due " + show(deadline) + " → " + show(next));
        deadline = next;
        return true;
    }

    /** When the next warning is due, or null when every threshold was warned of. */
    public Instant nextWarningAt() {
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

    // The share of the time allowed is measured from the start to the current deadline.
    private Instant warningTime(int percent) {
        long allowed = Duration.between(startedAt, deadline).toMillis();
        return startedAt.plusMillis(allowed * percent / 100);
    }

    private void closePause(Instant at) {
        pauses.add(new PausedInterval(pausedSince, at.isBefore(pausedSince) ? pausedSince : at, pauseReason));
        pausedSince = null;
        pauseReason = null;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new ClockTransitionRefused(
                    "Cannot " + action + " clock " + standardCode + " of " + caseType + " " + caseId + ": it is "
                            + state + (state == State.BREACHED && stoppedAt != null ? " and already stopped" : ""));
        }
    }

    private void log(Instant at, String kind, String detail) {
        newEntries.add(new TimelineEntry(at, kind, detail, null));
    }

    private static String show(Instant instant) {
        return ShanghaiTime.display(instant);
    }

    /** Timeline entries recorded since the clock was loaded; the repository appends them. */
    List<TimelineEntry> drainTimeline() {
        List<TimelineEntry> drained = List.copyOf(newEntries);
        newEntries.clear();
        return drained;
    }

    public UUID id() {
        return id;
    }

    public String caseType() {
        return caseType;
    }

    public String caseId() {
        return caseId;
    }

    public String standardCode() {
        return standardCode;
    }

    public ClockOwner owner() {
        return owner;
    }

    public ClockPeriod period() {
        return period;
    }

    public List<Integer> warningPercents() {
        return warningPercents;
    }

    public Set<String> escalationRoles() {
        return escalationRoles;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public State state() {
        return state;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    public String pauseReason() {
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

    public Instant breachFlaggedAt() {
        return breachFlaggedAt;
    }

    public BreachAcknowledgement acknowledgement() {
        return acknowledgement;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public int version() {
        return version;
    }

    /** Whether the limit's period is counted in whole days. */
    public boolean isDayBased() {
        return period.unit().isDayBased();
    }

    /** The unit of the period. */
    public PeriodUnit unit() {
        return period.unit();
    }
}
