package io.shixiao.servicelevel.clock;

import io.shixiao.audit.AuditTrail;
import io.shixiao.servicelevel.ClockCounts;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ExtendClock;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.ServiceDeadlineMet;
import io.shixiao.servicelevel.clock.ServiceClock.State;
import io.shixiao.servicelevel.standard.Milestones;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine behind {@link ServiceClocks}: turns milestones into clock transitions, saves them with
 * their timeline and audit entry, and publishes what other modules need to hear, all in one
 * transaction. A change that raced with the breach sweep on the same clock is tried again.
 */
@Service
class ClockService implements ServiceClocks {

    private static final int ATTEMPTS = 3;

    private final ClockRepository clocks;
    private final StandardLookup standards;
    private final ClockBoard board;
    private final DeadlinePolicy policy;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ClockService(
            ClockRepository clocks,
            StandardLookup standards,
            DeadlinePolicy policy,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ClockBoard board) {
        this.clocks = clocks;
        this.board = board;
        this.standards = standards;
        this.policy = policy;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public MilestoneOutcome report(MilestoneReported milestone) {
        validate(milestone);
        return retrying(() -> transaction.execute(status -> reportOnce(milestone)));
    }

    private MilestoneOutcome reportOnce(MilestoneReported milestone) {
        int fresh = jdbc.sql("""
            insert into service_milestone (case_type, case_id, milestone, occurred_at, received_at)
            values (:type, :id, :milestone, :at, :now) on conflict do nothing
            """)
                .param("type", milestone.caseType())
                .param("id", milestone.caseId())
                .param("milestone", milestone.milestone())
                .param("at", Timestamp.from(milestone.at()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (fresh == 0) {
            return new MilestoneOutcome(true, clocksOf(milestone.caseType(), milestone.caseId()), List.of());
        }
        Map<String, ServiceClock> byStandard = clocks.lockCase(milestone.caseType(), milestone.caseId()).stream()
                .collect(Collectors.toMap(ServiceClock::standardCode, c -> c));
        List<ServiceClock> changed = new ArrayList<>();
        List<ServiceClock> started = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (ServiceStandard standard : standards.forCaseType(milestone.caseType())) {
            ServiceClock existing = byStandard.get(standard.code());
            if (existing != null) {
                try {
                    if (apply(existing, standard.milestones(), milestone)) {
                        changed.add(existing);
                    }
                } catch (ClockTransitionRefused refused) {
                    ignored.add(refused.getMessage());
                }
            } else if (StandardBinding.startsOn(standard, milestone.milestone())
                    && StandardBinding.binds(standard, milestone)) {
                ServiceClock clock = start(standard, milestone);
                if (clock != null) {
                    started.add(clock);
                }
            }
        }
        String actor = CurrentUser.actor();
        started.forEach(c -> clocks.insert(c, actor));
        changed.forEach(c -> clocks.update(c, actor));
        audit.recordWrite(
                "REPORT_MILESTONE",
                "SERVICE_CASE",
                milestone.caseType() + "/" + milestone.caseId(),
                milestone.milestone() + " at " + milestone.at() + ": started " + codes(started) + ", changed "
                        + codes(changed));
        List<ClockView> touched = new ArrayList<>();
        started.forEach(c -> touched.add(view(c)));
        changed.forEach(c -> touched.add(view(c)));
        return new MilestoneOutcome(false, touched, ignored);
    }

    // Returns whether the clock changed. A milestone acts on a clock in the order stop, pause, resume, restart, cancel.
    private boolean apply(ServiceClock target, Milestones milestones, MilestoneReported milestone) {
        String name = milestone.milestone();
        Instant at = milestone.at();
        if (StandardBinding.contains(milestones.stop(), name)) {
            State before = target.state();
            boolean inTime = target.meet(at, policy);
            if (!inTime && before != State.BREACHED) {
                clocks.insertEscalation(target, at);
                events.publishEvent(breached(target, at));
            }
            events.publishEvent(new ServiceDeadlineMet(
                    target.id(),
                    target.caseType(),
                    target.caseId(),
                    target.standardCode(),
                    target.owner().insurerId(),
                    target.owner().orgUnitId(),
                    target.deadline(),
                    at,
                    inTime,
                    target.elapsed(at).toSeconds()));
        } else if (StandardBinding.contains(milestones.pause(), name)) {
            target.pause(at, name);
        } else if (StandardBinding.contains(milestones.resume(), name)) {
            target.resume(at, policy);
        } else if (StandardBinding.contains(milestones.restart(), name)) {
            target.restart(at, policy);
        } else if (StandardBinding.contains(milestones.cancel(), name)) {
            target.cancel(at, name);
        } else {
            return false;
        }
        return true;
    }

    private ServiceClock start(ServiceStandard standard, MilestoneReported milestone) {
        ClockOwner owner = new ClockOwner(
                requiredLong(milestone, MilestoneReported.INSURER_ID, standard),
                requiredLong(milestone, MilestoneReported.ORG_UNIT_ID, standard),
                required(milestone, MilestoneReported.ORG_PATH, standard),
                optionalLong(milestone, MilestoneReported.ASSIGNEE_ID));
        PeriodSpec spec = standards.periodFor(standard, owner.insurerId()).orElse(null);
        if (spec == null) {
            return null;
        }
        long amount;
        try {
            amount = StandardBinding.amount(spec, milestone);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "attributes." + MilestoneReported.PARAMETER_PREFIX + spec.parameter(), "must be a whole number");
        }
        if (!policy.knows(spec.calendar())) {
            throw new ConflictException(
                    "standardCode",
                    "Standard " + standard.code() + " counts on calendar " + spec.calendar() + ", which is not loaded");
        }
        List<Integer> warnings = standard.warnings() == null
                ? List.of()
                : standard.warnings().stream().map(w -> w.elapsedPercent()).toList();
        try {
            ClockPeriod period = new ClockPeriod(
                    amount, spec.unit(), spec.calendar(), spec.rollRestDay(), spec.endAtCloseOfBusiness());
            return ServiceClock.start(
                    milestone.caseType(),
                    milestone.caseId(),
                    standard.code(),
                    owner,
                    period,
                    warnings,
                    standard.escalationRoles() == null ? Set.of() : standard.escalationRoles(),
                    milestone.at(),
                    policy);
        } catch (IllegalArgumentException outOfRange) {
            // A contract parameter below one unit or beyond what the calendar can count.
            String field = standard.period().parameter() == null
                    ? "at"
                    : "attributes." + MilestoneReported.PARAMETER_PREFIX
                            + standard.period().parameter();
            throw new InvalidInputException(field, outOfRange.getMessage());
        }
    }

    @Override
    public List<ClockView> clocksOf(String caseType, String caseId) {
        return clocks.findByCase(caseType, caseId).stream().map(this::view).toList();
    }

    @Override
    public Optional<ClockView> find(UUID clockId) {
        return clocks.findById(clockId).map(this::view);
    }

    /** The clock itself, for screens that show its pauses, extensions and timeline. */
    Optional<ServiceClock> load(UUID clockId) {
        return clocks.findById(clockId);
    }

    List<TimelineEntry> timeline(UUID clockId) {
        return clocks.timeline(clockId);
    }

    @Override
    public ClockCounts counts(DataScope scope) {
        ClockBoard.Counts counts = board.counts(scope);
        return new ClockCounts(
                counts.running(),
                counts.atRisk(),
                counts.paused(),
                counts.breachedOpen(),
                counts.breachedUnacknowledged());
    }

    @Override
    public ClockView extend(UUID clockId, ExtendClock request, String approver) {
        return retrying(() -> transaction.execute(status -> {
            ServiceClock target = clocks.findById(clockId).orElseThrow(() -> new NotFoundException("Clock", clockId));
            ServiceStandard standard = standards
                    .byCode(target.standardCode())
                    .orElseThrow(() -> new ConflictException(
                            "standardCode", "Standard " + target.standardCode() + " is no longer in the catalog"));
            Extension granted;
            try {
                granted = target.extend(
                        new ExtensionRequest(
                                approver, request.reason(), request.customerNotifiedAt(), request.newDeadline()),
                        ExtensionRules.of(standard.extension()),
                        clock.instant(),
                        policy);
            } catch (ClockTransitionRefused refused) {
                throw new ConflictException("state", refused.getMessage());
            }
            clocks.update(target, CurrentUser.actor());
            audit.recordWrite(
                    "EXTEND",
                    "SERVICE_CLOCK",
                    clockId,
                    "step " + granted.step() + " by " + approver + ", due " + granted.newDeadline() + ": "
                            + request.reason());
            return view(target);
        }));
    }

    @Override
    public ClockView acknowledgeBreach(UUID clockId, String reason, String by) {
        return retrying(() -> transaction.execute(status -> {
            ServiceClock target = clocks.findById(clockId).orElseThrow(() -> new NotFoundException("Clock", clockId));
            try {
                target.acknowledgeBreach(reason, by, clock.instant());
            } catch (ClockTransitionRefused refused) {
                throw new ConflictException("state", refused.getMessage());
            }
            clocks.update(target, CurrentUser.actor());
            audit.recordWrite("ACKNOWLEDGE_BREACH", "SERVICE_CLOCK", clockId, reason);
            return view(target);
        }));
    }

    ClockView view(ServiceClock c) {
        Instant now = clock.instant();
        return new ClockView(
                c.id(),
                c.caseType(),
                c.caseId(),
                c.standardCode(),
                c.state().name(),
                c.owner().insurerId(),
                c.owner().orgUnitId(),
                c.owner().orgPath(),
                c.owner().assigneeId(),
                c.startedAt(),
                c.deadline(),
                c.pausedSince(),
                c.warnedPercent(),
                c.breachFlaggedAt(),
                c.acknowledgement() == null ? null : c.acknowledgement().reason(),
                c.stoppedAt(),
                c.elapsed(now).toSeconds(),
                c.extensions().size(),
                c.version());
    }

    static ServiceDeadlineBreached breached(ServiceClock c, Instant at) {
        return new ServiceDeadlineBreached(
                c.id(),
                c.caseType(),
                c.caseId(),
                c.standardCode(),
                c.owner().insurerId(),
                c.owner().orgUnitId(),
                c.deadline(),
                at);
    }

    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private static String codes(List<ServiceClock> list) {
        return list.stream().map(ServiceClock::standardCode).toList().toString();
    }

    private static String required(MilestoneReported m, String name, ServiceStandard standard) {
        String value = m.attribute(name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("attributes." + name, "required to start clock " + standard.code());
        }
        return value.trim();
    }

    private static long requiredLong(MilestoneReported m, String name, ServiceStandard standard) {
        try {
            return Long.parseLong(required(m, name, standard));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("attributes." + name, "must be a whole number");
        }
    }

    private static Long optionalLong(MilestoneReported m, String name) {
        String value = m.attribute(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("attributes." + name, "must be a whole number");
        }
    }

    /** A milestone the engine can act on: identified, dated, and with readable case facts. */
    static void validate(MilestoneReported m) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText(problems, "caseType", m.caseType());
        requireText(problems, "caseId", m.caseId());
        requireText(problems, "milestone", m.milestone());
        if (m.at() == null) {
            problems.add(new FieldProblem("at", "required"));
        }
        String amount = m.attribute(MilestoneReported.AMOUNT);
        if (amount != null) {
            try {
                new BigDecimal(amount.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("attributes." + MilestoneReported.AMOUNT, "must be a number"));
            }
        }
        for (String flag : List.of(MilestoneReported.INJURIES, MilestoneReported.CATASTROPHE)) {
            String value = m.attribute(flag);
            if (value != null && !value.trim().equals("true") && !value.trim().equals("false")) {
                problems.add(new FieldProblem("attributes." + flag, "must be true or false"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    problems,
                    "Invalid fields: "
                            + problems.stream()
                                    .map(p -> p.field() + " " + p.message())
                                    .collect(Collectors.joining("; ")));
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
        } else if (value.length() > 64) {
            problems.add(new FieldProblem(field, "at most 64 characters"));
        }
    }
}
