package io.shixiao.complaints.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A consumer complaint from the register entry (客户投诉登记表, 浙江规范第八章 3.4) to its closure. Each
 * method is one step of the procedure; a step the current status does not allow is refused with the
 * status named. The deadlines are the service-level engine's: this aggregate only keeps what happened.
 */
public final class Complaint {

    private final Long id;
    private final String number;
    private final long insurerId;
    private long orgUnitId;
    private String orgPath;
    private final ContactChannel channel;
    private final ComplaintCategory category;
    private final String content;
    private final String customerRequest;
    private final List<Complainant> complainants;
    private final Instant receivedAt;
    private final boolean disasterRelated;
    private ComplaintStatus status;
    private @Nullable Long handlerStaffId;
    private @Nullable String handlerName;
    private @Nullable Instant acknowledgedAt;
    private Complexity complexity;
    private @Nullable Pause paused;
    private @Nullable Decision decision;
    private @Nullable Instant decidedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant withdrawnAt;
    private @Nullable Instant reviewRequestedAt;
    private @Nullable String reviewResult;
    private @Nullable Instant reviewDecidedAt;
    private final int version;
    private final List<ComplaintStep> newSteps = new ArrayList<>();

    /** Everything a complaint holds, as stored. */
    public record State(
            @Nullable Long id,
            String number,
            long insurerId,
            long orgUnitId,
            String orgPath,
            ContactChannel channel,
            ComplaintCategory category,
            String content,
            String customerRequest,
            List<Complainant> complainants,
            Instant receivedAt,
            boolean disasterRelated,
            ComplaintStatus status,
            @Nullable Long handlerStaffId,
            @Nullable String handlerName,
            @Nullable Instant acknowledgedAt,
            Complexity complexity,
            @Nullable Pause paused,
            @Nullable Decision decision,
            @Nullable Instant decidedAt,
            @Nullable Instant closedAt,
            @Nullable Instant withdrawnAt,
            @Nullable Instant reviewRequestedAt,
            @Nullable String reviewResult,
            @Nullable Instant reviewDecidedAt,
            int version) {}

    private Complaint(State s) {
        this.id = s.id();
        this.number = s.number();
        this.insurerId = s.insurerId();
        this.orgUnitId = s.orgUnitId();
        this.orgPath = s.orgPath();
        this.channel = s.channel();
        this.category = s.category();
        this.content = s.content();
        this.customerRequest = s.customerRequest();
        this.complainants = List.copyOf(s.complainants());
        this.receivedAt = s.receivedAt();
        this.disasterRelated = s.disasterRelated();
        this.status = s.status();
        this.handlerStaffId = s.handlerStaffId();
        this.handlerName = s.handlerName();
        this.acknowledgedAt = s.acknowledgedAt();
        this.complexity = s.complexity();
        this.paused = s.paused();
        this.decision = s.decision();
        this.decidedAt = s.decidedAt();
        this.closedAt = s.closedAt();
        this.withdrawnAt = s.withdrawnAt();
        this.reviewRequestedAt = s.reviewRequestedAt();
        this.reviewResult = s.reviewResult();
        this.reviewDecidedAt = s.reviewDecidedAt();
        this.version = s.version();
    }

    /** A complaint as stored. */
    public static Complaint restore(State state) {
        return new Complaint(state);
    }

    /**
     * Registers a complaint received at {@code receivedAt}: at least one complainant, the content and
     * what the customer asks for (浙江规范第八章 3.4; 互助投标方案 投诉处理: 投诉时间、投诉人、投诉内容).
     */
    public static Complaint register(
            String number,
            long insurerId,
            long orgUnitId,
            String orgPath,
            ContactChannel channel,
            ComplaintCategory category,
            String content,
            String customerRequest,
            List<Complainant> complainants,
            Instant receivedAt,
            boolean disasterRelated,
            @Nullable String note) {
        if (complainants == null || complainants.isEmpty()) {
            throw new TransitionRefused("complainants", "A complaint has at least one complainant");
        }
        if (content == null || content.isBlank()) {
            throw new TransitionRefused("content", "A complaint states what it is about");
        }
        if (customerRequest == null || customerRequest.isBlank()) {
            throw new TransitionRefused("customerRequest", "A complaint states what the customer asks for");
        }
        Complaint complaint = new Complaint(new State(
                null,
                number,
                insurerId,
                orgUnitId,
                orgPath,
                Objects.requireNonNull(channel),
                Objects.requireNonNull(category),
                content.strip(),
                customerRequest.strip(),
                complainants,
                receivedAt,
                disasterRelated,
                ComplaintStatus.REGISTERED,
                null,
                null,
                null,
                Complexity.SIMPLE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
        complaint.newSteps.add(new ComplaintStep("RECEIVED", receivedAt, note, null));
        return complaint;
    }

    /** 重大投诉 (投诉办法第二十九条). */
    public boolean major() {
        return MajorComplaintRule.isMajor(channel, complainants.size(), disasterRelated);
    }

    /** 转办: to a handling department and a named handler (服务质量协议 5.2 "指派专人负责调查核实"); again to re-route. */
    public void assign(long unitId, String unitPath, @Nullable Long staffId, String handler, Instant at) {
        if (!status.awaitsDecision()) {
            throw refused("assign");
        }
        if (handler == null || handler.isBlank()) {
            throw new TransitionRefused("handlerName", "A complaint is assigned to a named handler");
        }
        this.orgUnitId = unitId;
        this.orgPath = unitPath;
        this.handlerStaffId = staffId;
        this.handlerName = handler.strip();
        this.status = ComplaintStatus.ASSIGNED;
        step("ASSIGNED", at, handler.strip(), null);
    }

    /** 初步响应: a first response or handling opinion reached the complainant; given once. */
    public void acknowledge(String reply, Instant at, @Nullable String lateReason) {
        if (!status.awaitsDecision()) {
            throw refused("acknowledge");
        }
        if (acknowledgedAt != null) {
            throw new TransitionRefused("status", "The complaint was already acknowledged");
        }
        requireText(reply, "reply");
        this.acknowledgedAt = at;
        step("ACKNOWLEDGED", at, reply.strip(), lateReason);
    }

    /** 调查核实: a note of the investigation; only while a handler has the complaint. */
    public void recordInvestigation(String note, Instant at, @Nullable String lateReason) {
        requireHandled("investigate");
        requireText(note, "note");
        step("INVESTIGATION", at, note.strip(), lateReason);
    }

    /** 反馈监管/协会 (浙江规范第八章 3.3): only for a relayed complaint. */
    public void feedBackToRelay(String note, Instant at, @Nullable String lateReason) {
        if (!channel.relayed()) {
            throw new TransitionRefused(
                    "channel", "Only a relayed complaint is fed back to the regulator or association");
        }
        if (status == ComplaintStatus.WITHDRAWN) {
            throw refused("feed back");
        }
        requireText(note, "note");
        step("RELAY_FEEDBACK", at, note.strip(), lateReason);
    }

    /** 监管/协会了解情况 (浙江规范第八章 3.3): the relaying body asks again; only for a relayed complaint. */
    public void feedBackToRelayRequested(@Nullable String note, Instant at, @Nullable String lateReason) {
        if (!channel.relayed()) {
            throw new TransitionRefused(
                    "channel", "Only a relayed complaint is asked about by the regulator or association");
        }
        if (status == ComplaintStatus.WITHDRAWN) {
            throw refused("take a request about");
        }
        step("RELAY_INFORMATION_REQUESTED", at, note, lateReason);
    }

    /** 情况复杂 (投诉办法第十八条): the handler extends to 30 days on their own finding. */
    public void markComplex(String reason, Instant at) {
        requireHandled("mark complex");
        if (complexity != Complexity.SIMPLE) {
            throw new TransitionRefused("complexity", "The complaint is already " + complexity);
        }
        requireText(reason, "reason");
        this.complexity = Complexity.COMPLEX;
        step("MARKED_COMPLEX", at, reason.strip(), null);
    }

    /**
     * 情况特别复杂 (投诉办法第十八条): another 30 days, approved by a senior manager and told to the complainant;
     * only after the complaint was found complex.
     */
    public void markEspeciallyComplex(String reason, String approvedBy, Instant complainantToldAt, Instant at) {
        requireHandled("extend");
        if (complexity != Complexity.COMPLEX) {
            throw new TransitionRefused(
                    "complexity", "Only a complex complaint is extended again; it is " + complexity);
        }
        requireText(reason, "reason");
        this.complexity = Complexity.ESPECIALLY_COMPLEX;
        step("MARKED_ESPECIALLY_COMPLEX", at, reason.strip() + "（审批：" + approvedBy + "，已告知投诉人）", null);
        step("COMPLAINANT_TOLD_OF_EXTENSION", complainantToldAt, null, null);
    }

    /** An appraisal or mediation begins; the limit stops counting (投诉办法第十八条第二款, 第二十三条). */
    public void pause(Pause kind, String note, Instant at, @Nullable String lateReason) {
        requireHandled("pause");
        if (paused != null) {
            throw new TransitionRefused("pause", "The complaint is already paused for " + paused);
        }
        this.paused = Objects.requireNonNull(kind);
        step(kind + "_STARTED", at, note, lateReason);
    }

    /** The appraisal or mediation ended; counting resumes. */
    public void resume(Pause kind, String note, Instant at, @Nullable String lateReason) {
        if (paused != kind) {
            throw new TransitionRefused("pause", "The complaint is not paused for " + kind);
        }
        this.paused = null;
        step(kind + "_ENDED", at, note, lateReason);
    }

    /** 新的事实和理由: the limit counts anew from the new material (投诉办法第十八条第三款). */
    public void newFacts(String note, Instant at, @Nullable String lateReason) {
        if (!status.awaitsDecision()) {
            throw refused("add new facts to");
        }
        requireText(note, "note");
        step("NEW_FACTS", at, note.strip(), lateReason);
    }

    /** 处理决定: only with a handler, and not while an appraisal or mediation is under way. */
    public void decide(Decision made, Instant at, @Nullable String lateReason) {
        requireHandled("decide");
        if (paused != null) {
            throw new TransitionRefused("pause", "The complaint is paused for " + paused + "; end it before deciding");
        }
        this.decision = Objects.requireNonNull(made);
        this.decidedAt = at;
        this.status = ComplaintStatus.DECIDED;
        step("DECIDED", at, made.upheld() ? "UPHELD" : "NOT_UPHELD", lateReason);
    }

    /** 办结: after the decision, with its written conclusion (浙江规范第八章 3.5). */
    public void close(String conclusion, Instant at) {
        if (status != ComplaintStatus.DECIDED) {
            throw refused("close");
        }
        requireText(conclusion, "conclusion");
        this.closedAt = at;
        this.status = ComplaintStatus.CLOSED;
        step("CLOSED", at, conclusion.strip(), null);
    }

    /** 重开: a closed complaint taken up again with a reason; it goes back to its handler. */
    public void reopen(String reason, Instant at) {
        if (status != ComplaintStatus.CLOSED) {
            throw refused("reopen");
        }
        requireText(reason, "reason");
        this.status = ComplaintStatus.ASSIGNED;
        this.decision = null;
        this.decidedAt = null;
        this.closedAt = null;
        step("REOPENED", at, reason.strip(), null);
    }

    /** 申请核查 (投诉办法第二十条): after a decision, decided or closed. */
    public void requestReview(String note, Instant at, @Nullable String lateReason) {
        if (status != ComplaintStatus.DECIDED && status != ComplaintStatus.CLOSED) {
            throw refused("request a review of");
        }
        this.reviewRequestedAt = at;
        this.reviewResult = null;
        this.reviewDecidedAt = null;
        this.status = ComplaintStatus.UNDER_REVIEW;
        step("REVIEW_REQUESTED", at, note, lateReason);
    }

    /** 核查决定: the review is decided; the complaint closes with it. */
    public void decideReview(String result, Instant at, @Nullable String lateReason) {
        if (status != ComplaintStatus.UNDER_REVIEW) {
            throw refused("decide a review of");
        }
        requireText(result, "result");
        this.reviewResult = result.strip();
        this.reviewDecidedAt = at;
        this.status = ComplaintStatus.CLOSED;
        this.closedAt = at;
        step("REVIEW_DECIDED", at, result.strip(), lateReason);
    }

    /** 撤回 (投诉办法第十五条): the procedure ends the day the withdrawal arrives; only before a decision. */
    public void withdraw(String note, Instant at, @Nullable String lateReason) {
        if (!status.awaitsDecision()) {
            throw refused("withdraw");
        }
        this.withdrawnAt = at;
        this.status = ComplaintStatus.WITHDRAWN;
        this.paused = null;
        step("WITHDRAWN", at, note, lateReason);
    }

    private void requireHandled(String action) {
        if (status != ComplaintStatus.ASSIGNED) {
            throw status == ComplaintStatus.REGISTERED
                    ? new TransitionRefused("status", "Assign a handler before you " + action + " the complaint")
                    : refused(action);
        }
    }

    private TransitionRefused refused(String action) {
        return new TransitionRefused("status", "The complaint is " + status + "; you cannot " + action + " it");
    }

    private static void requireText(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefused(field, field + " is required");
        }
    }

    private void step(String step, Instant at, @Nullable String note, @Nullable String lateReason) {
        newSteps.add(new ComplaintStep(step, at, note == null || note.isBlank() ? null : note, lateReason));
    }

    /** The steps taken since the complaint was loaded, for the timeline. */
    public List<ComplaintStep> newSteps() {
        return List.copyOf(newSteps);
    }

    public State state() {
        return new State(
                id,
                number,
                insurerId,
                orgUnitId,
                orgPath,
                channel,
                category,
                content,
                customerRequest,
                complainants,
                receivedAt,
                disasterRelated,
                status,
                handlerStaffId,
                handlerName,
                acknowledgedAt,
                complexity,
                paused,
                decision,
                decidedAt,
                closedAt,
                withdrawnAt,
                reviewRequestedAt,
                reviewResult,
                reviewDecidedAt,
                version);
    }

    public String number() {
        return number;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Complexity complexity() {
        return complexity;
    }

    public @Nullable Pause paused() {
        return paused;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    public ContactChannel channel() {
        return channel;
    }

    public List<Complainant> complainants() {
        return complainants;
    }
}
