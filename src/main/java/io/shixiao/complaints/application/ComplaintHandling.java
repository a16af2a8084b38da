package io.shixiao.complaints.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.complaints.ComplaintClosed;
import io.shixiao.complaints.domain.Complainant;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.ComplaintStatus;
import io.shixiao.complaints.domain.Decision;
import io.shixiao.complaints.domain.Pause;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.StaffView;
import io.shixiao.quality.ServiceStage;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.StepDeadline;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complaint procedure as the complaint desk works it. Each step changes the aggregate, reports its
 * milestone to the engine and appends to the timeline in one transaction; texts the complainant reads are
 * checked for forbidden phrases first, in their own transaction, so a refused text still counts against its
 * writer.
 */
@Service
public class ComplaintHandling {

    static final int TEXT_LIMIT = 4000;
    static final int MAX_COMPLAINANTS = 200;

    private final ComplaintRepository complaints;
    private final ComplaintClocks clocks;
    private final TextChecks texts;
    private final Remedies remedies;
    private final ComplaintMessages messages;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplaintHandling(
            ComplaintRepository complaints,
            ComplaintClocks clocks,
            TextChecks texts,
            Remedies remedies,
            ComplaintMessages messages,
            OrganizationDirectory organization,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.complaints = complaints;
        this.clocks = clocks;
        this.texts = texts;
        this.remedies = remedies;
        this.messages = messages;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Registers a complaint and starts its clocks; a 重大投诉 is flagged and escalated at once. */
    public ComplaintDetail register(ComplaintIntake intake, ScopedUser user) {
        return register(intake, null, user);
    }

    ComplaintDetail register(ComplaintIntake intake, @Nullable String consultationNumber, ScopedUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Complainant> people = complainants(intake.complainants(), problems);
        requireText("content", intake.content(), problems);
        requireText("customerRequest", intake.customerRequest(), problems);
        if (intake.channel() == null) {
            problems.add(new FieldProblem("channel", "required"));
        }
        if (intake.category() == null) {
            problems.add(new FieldProblem("category", "required"));
        }
        reference("policyNumber", intake.policyNumber(), problems);
        reference("claimNumber", intake.claimNumber(), problems);
        OrgUnitView unit = unit(intake.orgUnitId(), user.dataScope(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        StepTime received = StepTime.of(intake.receivedAt(), intake.lateReason(), clock);
        Instant now = clock.instant();
        ComplaintRecord saved = transaction.execute(tx -> {
            String number = complaints.nextNumber(Year.from(now.atZone(ShanghaiTime.ZONE)));
            Complaint complaint = Refusals.guard(() -> Complaint.register(
                    number,
                    unit.insurerId(),
                    unit.id(),
                    unit.path(),
                    intake.channel(),
                    intake.category(),
                    intake.content(),
                    intake.customerRequest(),
                    people,
                    received.at(),
                    Boolean.TRUE.equals(intake.disasterRelated()),
                    consultationNumber == null ? null : "由咨询 " + consultationNumber + " 转入"));
            ComplaintRecord draft = new ComplaintRecord(
                    0,
                    complaint,
                    intake.productLine(),
                    intake.schemeId(),
                    blankToNull(intake.policyNumber()),
                    blankToNull(intake.claimNumber()),
                    consultationNumber);
            long id = complaints.insert(draft, user.username(), now);
            ComplaintRecord record = new ComplaintRecord(
                    id,
                    complaint,
                    draft.productLine(),
                    draft.schemeId(),
                    draft.policyNumber(),
                    draft.claimNumber(),
                    consultationNumber);
            clocks.report(record, Milestone.COMPLAINT_RECEIVED, received);
            clocks.report(record, Milestone.COMPLAINT_REGISTERED, new StepTime(now, null));
            messages.acknowledge(complaint);
            audit.recordWrite(
                    "CREATE",
                    "complaint",
                    number,
                    "投诉登记 " + intake.channel() + " " + intake.category() + "，投诉人 " + people.size() + " 名"
                            + (complaint.major() ? "，重大投诉（投诉办法第二十九条）已升级" : ""));
            return record;
        });
        return detail(saved.complaint().number(), user.dataScope());
    }

    /** 转办: to a unit the user sees and, where named, a staff member of it. */
    public ComplaintDetail assign(
            String number,
            @Nullable Long orgUnitId,
            @Nullable Long staffId,
            @Nullable String handlerName,
            ScopedUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnitView unit = unit(orgUnitId, user.dataScope(), problems);
        String handler = handlerName == null ? null : handlerName.strip();
        Long staff = null;
        if (staffId != null) {
            StaffView person = organization.staff(staffId).orElse(null);
            if (person == null
                    || !person.active()
                    || unit == null
                    || person.insurerId() != unit.insurerId()
                    || !person.orgPath().startsWith(unit.path())) {
                problems.add(new FieldProblem("staffId", "not an active staff member of the handling unit"));
            } else {
                staff = person.id();
                handler = person.name();
            }
        }
        if (handler == null || handler.isBlank()) {
            problems.add(new FieldProblem("handlerName", "required: the named handler (服务质量协议 5.2 指派专人)"));
        } else if (handler.length() > 100) {
            problems.add(new FieldProblem("handlerName", "at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        Long assignee = staff;
        String named = handler;
        return act(number, user, "转办 " + unit.name() + " " + named, StepTime.of(null, null, clock), (record, time) -> {
            record.complaint().assign(unit.id(), unit.path(), assignee, named, time.at());
            return List.of(Milestone.COMPLAINT_ASSIGNED);
        });
    }

    /** 初步响应: the first reply or handling opinion, checked for forbidden phrases. */
    public ComplaintDetail acknowledge(String number, @Nullable String reply, StepTime time, ScopedUser user) {
        checked("reply", reply, number, user);
        return act(number, user, "初步响应", time, (record, t) -> {
            record.complaint().acknowledge(reply, t.at(), t.lateReason());
            return List.of(Milestone.COMPLAINT_FIRST_RESPONSE);
        });
    }

    /** 调查核实: a note of the investigation, checked as a staff note. */
    public ComplaintDetail investigate(String number, @Nullable String note, StepTime time, ScopedUser user) {
        checked("note", note, ServiceStage.INTERNAL, number, user);
        return act(number, user, "调查记录", time, (record, t) -> {
            record.complaint().recordInvestigation(note, t.at(), t.lateReason());
            return List.of();
        });
    }

    /** 反馈监管/协会 (浙江规范第八章 3.3). */
    public ComplaintDetail feedBackToRelay(String number, @Nullable String note, StepTime time, ScopedUser user) {
        checked("note", note, number, user);
        return act(number, user, "反馈转办机构", time, (record, t) -> {
            record.complaint().feedBackToRelay(note, t.at(), t.lateReason());
            return List.of(Milestone.RELAYED_COMPLAINT_FEEDBACK_SENT);
        });
    }

    /** The regulator or association asks about the complaint again: another 3 working days (ZJ-COMPLAINT-RELAYED). */
    public ComplaintDetail relayAsked(String number, @Nullable String note, StepTime time, ScopedUser user) {
        return act(number, user, "监管/协会了解情况", time, (record, t) -> {
            record.complaint().feedBackToRelayRequested(note, t.at(), t.lateReason());
            return List.of(Milestone.RELAYED_INFORMATION_REQUESTED);
        });
    }

    /** 情况复杂: the handler extends the decision limit to 30 days (投诉办法第十八条). */
    public ComplaintDetail markComplex(String number, @Nullable String reason, ScopedUser user) {
        StepTime now = StepTime.of(null, null, clock);
        return act(number, user, "认定情况复杂", now, (record, t) -> {
            record.complaint().markComplex(reason, t.at());
            clocks.extendDecisionLimit(record.complaint(), reason, null, user);
            return List.of();
        });
    }

    /**
     * 情况特别复杂: another 30 days, only with a senior manager's approval (the engine checks the approver's
     * role) and the complainant told (投诉办法第十八条).
     */
    public ComplaintDetail markEspeciallyComplex(
            String number, @Nullable String reason, @Nullable Instant complainantToldAt, ScopedUser approver) {
        if (complainantToldAt == null) {
            throw new InvalidInputException(
                    "complainantToldAt", "required: 投诉办法第十八条 — the complainant is told of the further extension");
        }
        if (complainantToldAt.isAfter(clock.instant())) {
            throw new InvalidInputException("complainantToldAt", "must not lie in the future");
        }
        StepTime now = StepTime.of(null, null, clock);
        return act(number, approver, "认定情况特别复杂，再延长30日", now, (record, t) -> {
            record.complaint().markEspeciallyComplex(reason, approver.displayName(), complainantToldAt, t.at());
            clocks.extendDecisionLimit(record.complaint(), reason, complainantToldAt, approver);
            return List.of();
        });
    }

    /**
     * An appraisal or a mediation begins. An appraisal stops the count only once the complainant is told
     * (投诉办法第十八条第二款), so it needs {@code complainantNotified}.
     */
    public ComplaintDetail pause(
            String number,
            @Nullable Pause kind,
            @Nullable String note,
            boolean complainantNotified,
            StepTime time,
            ScopedUser user) {
        if (kind == null) {
            throw new InvalidInputException("kind", "required: APPRAISAL or MEDIATION");
        }
        if (kind == Pause.APPRAISAL && !complainantNotified) {
            throw new InvalidInputException(
                    "complainantNotified",
                    "投诉办法第十八条第二款: an appraisal is not counted only once the complainant is told; record the notice");
        }
        return act(number, user, kind + " 开始", time, (record, t) -> {
            record.complaint().pause(kind, note, t.at(), t.lateReason());
            return List.of(kind == Pause.APPRAISAL ? Milestone.APPRAISAL_STARTED : Milestone.MEDIATION_STARTED);
        });
    }

    public ComplaintDetail resume(
            String number, @Nullable Pause kind, @Nullable String note, StepTime time, ScopedUser user) {
        if (kind == null) {
            throw new InvalidInputException("kind", "required: APPRAISAL or MEDIATION");
        }
        return act(number, user, kind + " 结束", time, (record, t) -> {
            record.complaint().resume(kind, note, t.at(), t.lateReason());
            return List.of(kind == Pause.APPRAISAL ? Milestone.APPRAISAL_ENDED : Milestone.MEDIATION_ENDED);
        });
    }

    /** 新的事实和理由: the decision limit counts anew (投诉办法第十八条第三款). */
    public ComplaintDetail newFacts(String number, @Nullable String note, StepTime time, ScopedUser user) {
        return act(number, user, "新的事实和理由", time, (record, t) -> {
            record.complaint().newFacts(note, t.at(), t.lateReason());
            return List.of(Milestone.COMPLAINT_NEW_FACTS);
        });
    }

    /**
     * 处理决定 with what 投诉办法第十九条 requires; each text checked for forbidden phrases. An upheld complaint
     * gets a proposed remedy (服务质量协议第五条).
     */
    public ComplaintDetail decide(String number, DecisionInput input, StepTime time, ScopedUser user) {
        checked("factsVerified", input.factsVerified(), number, user);
        checked("basis", input.basis(), number, user);
        checked("reasons", input.reasons(), number, user);
        checked("remediesOpen", input.remediesOpen(), number, user);
        if (input.upheld() == null) {
            throw new InvalidInputException("upheld", "required: whether the complaint is upheld");
        }
        return act(number, user, "处理决定", time, (record, t) -> {
            Decision decision = new Decision(
                    input.upheld(), input.factsVerified(), input.basis(), input.reasons(), input.remediesOpen());
            record.complaint().decide(decision, t.at(), t.lateReason());
            if (decision.upheld()) {
                remedies.proposeForUpheldComplaint(record, user.username());
            }
            messages.decided(record.complaint(), decision.upheld());
            return List.of(Milestone.COMPLAINT_DECIDED);
        });
    }

    /** 办结 with its written conclusion; the complainant is then called back. */
    public ComplaintDetail close(String number, @Nullable String conclusion, ScopedUser user) {
        checked("conclusion", conclusion, ServiceStage.INTERNAL, number, user);
        return act(number, user, "办结", StepTime.of(null, null, clock), (record, t) -> {
            record.complaint().close(conclusion, t.at());
            announceClosure(record, t.at());
            return List.of();
        });
    }

    /** 重开 with a reason: back to the handler; the engine counts the decision limit anew (new facts). */
    public ComplaintDetail reopen(String number, @Nullable String reason, ScopedUser user) {
        return act(number, user, "重开", StepTime.of(null, null, clock), (record, t) -> {
            record.complaint().reopen(reason, t.at());
            return List.of(Milestone.COMPLAINT_NEW_FACTS);
        });
    }

    /** 申请核查 (投诉办法第二十条): 30 days from the request (CPL-20). */
    public ComplaintDetail requestReview(String number, @Nullable String note, StepTime time, ScopedUser user) {
        return act(number, user, "申请核查", time, (record, t) -> {
            record.complaint().requestReview(note, t.at(), t.lateReason());
            return List.of(Milestone.REVIEW_REQUESTED);
        });
    }

    public ComplaintDetail decideReview(String number, @Nullable String result, StepTime time, ScopedUser user) {
        checked("result", result, number, user);
        return act(number, user, "核查决定", time, (record, t) -> {
            record.complaint().decideReview(result, t.at(), t.lateReason());
            announceClosure(record, t.at());
            return List.of(Milestone.REVIEW_DECIDED);
        });
    }

    /** 撤回 (投诉办法第十五条): the procedure ends the day the withdrawal arrives; the clocks are cancelled. */
    public ComplaintDetail withdraw(String number, @Nullable String note, StepTime time, ScopedUser user) {
        return act(number, user, "撤回投诉", time, (record, t) -> {
            record.complaint().withdraw(note, t.at(), t.lateReason());
            return List.of(Milestone.COMPLAINT_WITHDRAWN);
        });
    }

    /** The complaint with its timeline and clocks, if {@code scope} sees it; otherwise 404. */
    public ComplaintDetail detail(String number, DataScope scope) {
        ComplaintRecord record =
                complaints.find(number, scope).orElseThrow(() -> new NotFoundException("Complaint", number));
        return new ComplaintDetail(
                record,
                complaints.complainants(record.id()),
                complaints.timeline(record.id()),
                clocks.clocksOf(record.complaint()),
                remedies.ofCase("COMPLAINT", number, scope));
    }

    /** The complaints {@code scope} sees, newest first, with each one's governing deadlines. */
    public List<ListedComplaint> list(DataScope scope, @Nullable ComplaintStatus status) {
        List<ComplaintRow> rows = complaints.list(scope, status, 200);
        Map<CaseRef, CaseDeadlines> deadlines =
                clocks.deadlines(rows.stream().map(ComplaintHandling::ref).toList());
        return rows.stream()
                .map(r -> new ListedComplaint(
                        r,
                        deadlines.getOrDefault(ref(r), CaseDeadlines.none(ref(r))).steps().stream()
                                .map(StepDeadline::governing)
                                .toList()))
                .toList();
    }

    private static CaseRef ref(ComplaintRow row) {
        return CaseRef.of(CaseType.COMPLAINT, row.insurerId(), row.number());
    }

    private void announceClosure(ComplaintRecord record, Instant at) {
        Complaint.State s = record.complaint().state();
        StoredComplainant first = complaints.complainants(record.id()).get(0);
        events.publishEvent(new ComplaintClosed(
                s.number(),
                s.insurerId(),
                s.orgUnitId(),
                s.orgPath(),
                s.decision() != null && s.decision().upheld(),
                first.mobileCipher(),
                first.mobileMasked(),
                s.handlerName(),
                at));
    }

    /** One step: what it does to the record, and the milestones it reports. */
    private interface Step {
        List<Milestone> apply(ComplaintRecord record, StepTime time);
    }

    private ComplaintDetail act(String number, ScopedUser user, String summary, StepTime time, Step step) {
        transaction.executeWithoutResult(tx -> {
            ComplaintRecord record = complaints
                    .find(number, user.dataScope())
                    .orElseThrow(() -> new NotFoundException("Complaint", number));
            List<Milestone> milestones = Refusals.guard(() -> step.apply(record, time));
            for (Milestone milestone : milestones) {
                clocks.report(record, milestone, time, facts(milestone));
            }
            complaints.update(record, user.username(), clock.instant());
            audit.recordWrite(
                    "UPDATE",
                    "complaint",
                    number,
                    summary
                            + (time.lateReason() == null
                                    ? ""
                                    : "（补录，发生于 " + ShanghaiTime.display(time.at()) + "，原因：" + time.lateReason() + "）"));
        });
        return detail(number, user.dataScope());
    }

    private static Fact[] facts(Milestone milestone) {
        // 投诉办法第十八条第二款: the pause for an appraisal stands only once the complainant is told, which pause() required.
        return milestone == Milestone.APPRAISAL_STARTED ? new Fact[] {Fact.COMPLAINANT_NOTIFIED} : new Fact[0];
    }

    private void checked(String field, @Nullable String text, String number, ScopedUser user) {
        checked(field, text, ServiceStage.COMPLAINT, number, user);
    }

    private void checked(String field, @Nullable String text, ServiceStage stage, String number, ScopedUser user) {
        if (text != null && text.length() > TEXT_LIMIT) {
            throw new InvalidInputException(field, "at most " + TEXT_LIMIT + " characters");
        }
        texts.requireClean(field, text, stage, user, number);
    }

    private @Nullable OrgUnitView unit(@Nullable Long orgUnitId, DataScope scope, List<FieldProblem> problems) {
        Long id = orgUnitId != null ? orgUnitId : scope.orgUnitId();
        if (id == null) {
            problems.add(new FieldProblem("orgUnitId", "required: the handling unit"));
            return null;
        }
        OrgUnitView unit = organization.unit(id).orElse(null);
        if (unit == null || !unit.active() || !scope.canSee(unit.insurerId(), unit.path())) {
            problems.add(new FieldProblem("orgUnitId", "not an active unit you may work for"));
            return null;
        }
        return unit;
    }

    private static List<Complainant> complainants(
            @Nullable List<ComplaintIntake.Person> people, List<FieldProblem> problems) {
        if (people == null || people.isEmpty()) {
            problems.add(new FieldProblem("complainants", "at least one complainant"));
            return List.of();
        }
        if (people.size() > MAX_COMPLAINANTS) {
            problems.add(new FieldProblem("complainants", "at most " + MAX_COMPLAINANTS));
            return List.of();
        }
        List<Complainant> result = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ComplaintIntake.Person person = people.get(i);
            String field = "complainants[" + i + "]";
            if (person == null || person.name() == null || person.name().isBlank()) {
                problems.add(new FieldProblem(field + ".name", "required"));
                continue;
            }
            if (person.name().strip().length() > 40) {
                problems.add(new FieldProblem(field + ".name", "at most 40 characters"));
                continue;
            }
            String mobile = blankToNull(person.mobile());
            if (mobile != null && !MobileNumber.isValid(mobile)) {
                problems.add(new FieldProblem(field + ".mobile", "an 11-digit mainland mobile number"));
                continue;
            }
            result.add(new Complainant(person.name(), mobile));
        }
        return result;
    }

    private static void requireText(String field, @Nullable String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
        } else if (text.length() > TEXT_LIMIT) {
            problems.add(new FieldProblem(field, "at most " + TEXT_LIMIT + " characters"));
        }
    }

    private static void reference(String field, @Nullable String text, List<FieldProblem> problems) {
        if (text != null && !text.isBlank() && !text.strip().matches("[A-Za-z0-9_-]{1,40}")) {
            problems.add(new FieldProblem(field, "1–40 letters, digits, '-' or '_'"));
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The decision as typed in. */
    public record DecisionInput(
            @Nullable Boolean upheld,
            @Nullable String factsVerified,
            @Nullable String basis,
            @Nullable String reasons,
            @Nullable String remediesOpen) {}

    /** A complaint of the list and the governing deadline of each of its steps. */
    public record ListedComplaint(ComplaintRow row, List<ClockView> deadlines) {}
}
