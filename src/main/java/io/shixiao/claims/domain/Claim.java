package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A claim (赔案) from the report to payment, denial or withdrawal. Every change is a named step that
 * checks the claim's status and refuses an invalid transition naming the current status (409), checks
 * when the step happened ({@link StepTiming}) and appends it to the timeline. It computes no deadline:
 * the application reports each step to the service-level engine.
 */
public final class Claim {

    private static final Set<ClaimStatus> WITHDRAWABLE = EnumSet.of(
            ClaimStatus.REPORTED,
            ClaimStatus.DISPATCHED,
            ClaimStatus.ON_SITE,
            ClaimStatus.SURVEYED,
            ClaimStatus.ASSESSED,
            ClaimStatus.REVIEWED,
            ClaimStatus.COLLECTING_DOCUMENTS,
            ClaimStatus.DOCUMENTS_COMPLETE,
            ClaimStatus.ADJUSTED);

    private static final Set<ClaimStatus> DENIABLE = EnumSet.of(
            ClaimStatus.SURVEYED,
            ClaimStatus.ASSESSED,
            ClaimStatus.REVIEWED,
            ClaimStatus.COLLECTING_DOCUMENTS,
            ClaimStatus.DOCUMENTS_COMPLETE,
            ClaimStatus.ADJUSTED);

    /** 保险法第二十五条 binds from the application until the amount is agreed. */
    private static final Set<ClaimStatus> ADVANCE_PAYABLE = EnumSet.of(
            ClaimStatus.COLLECTING_DOCUMENTS,
            ClaimStatus.DOCUMENTS_COMPLETE,
            ClaimStatus.ADJUSTED,
            ClaimStatus.APPROVED);

    /**
     * A claim is closed once paid and closed, or denied. A withdrawn claim is not reopened: a new report
     * of the same accident opens a new claim (the repeat-report rule skips withdrawn claims).
     */
    private static final Set<ClaimStatus> REOPENABLE = EnumSet.of(ClaimStatus.CLOSED, ClaimStatus.DENIED);

    private String claimNo;
    private long insurerId;
    private long orgUnitId;
    private String orgPath;
    private ClaimReport report;
    private ClaimStatus status;
    private @Nullable String linkedTo;
    private @Nullable Long surveyorId;
    private @Nullable Instant contactedAt;
    private @Nullable String arrivalGps;
    private @Nullable String surveyNotes;
    private List<AssessmentItem> assessment = new ArrayList<>();
    private @Nullable String reviewedBy;
    private Set<DocumentItem> handedIn = EnumSet.noneOf(DocumentItem.class);
    private List<DocumentDelivery> deliveries = new ArrayList<>();
    private List<MissingDocumentsNotice> notices = new ArrayList<>();
    private @Nullable Adjustment adjustment;
    private @Nullable String approvedBy;
    private @Nullable PaymentInstruction pendingPayment;
    private @Nullable Payment payment;
    private @Nullable Denial denial;
    private @Nullable String withdrawalReason;
    private List<StepEntry> timeline = new ArrayList<>();
    private List<Payment> advances = new ArrayList<>();
    private List<Payment> earlierPayments = new ArrayList<>();

    /** For the repository's reader only, which sets every field. */
    @SuppressWarnings("NullAway.Init")
    private Claim() {}

    private Claim(String claimNo, long insurerId, long orgUnitId, String orgPath, ClaimReport report) {
        this.claimNo = claimNo;
        this.insurerId = insurerId;
        this.orgUnitId = orgUnitId;
        this.orgPath = orgPath;
        this.report = report;
        this.status = ClaimStatus.REPORTED;
    }

    /**
     * Registers a report (报案保存成功). The loss must lie before the report and, where the reporter
     * named a linked claim, the report is a repeat of the same accident.
     */
    public static Claim report(
            String claimNo,
            long insurerId,
            long orgUnitId,
            String orgPath,
            ClaimReport report,
            StepTiming timing,
            String actor,
            @Nullable String linkedTo) {
        timing.check(report.lossAt());
        if (report.estimate().isNegative()) {
            throw new InvalidInputException("estimate", "must not be negative");
        }
        Claim claim = new Claim(claimNo, insurerId, orgUnitId, orgPath, report);
        claim.linkedTo = linkedTo;
        claim.record(ClaimStep.REPORT, timing, actor, report.kind().name());
        return claim;
    }

    // Dispatch and survey

    /** 调度: the case goes to a surveyor (浙江规范第七章 2.2.2); once dispatched, see {@link #redispatch}. */
    public void dispatch(long surveyor, StepTiming timing, String actor) {
        require(ClaimStep.DISPATCH, timing, ClaimStatus.REPORTED);
        surveyorId = surveyor;
        status = ClaimStatus.DISPATCHED;
        record(ClaimStep.DISPATCH, timing, actor, "surveyor " + surveyor);
    }

    /**
     * 改派: a dispatched case goes to another surveyor, with the reason. It is a hand-off, not a new
     * dispatch: the contact and arrival limits keep counting from the first dispatch and the report
     * (浙江规范第七章 2.3.3、2.3.9), so that a re-dispatch cannot restart a late clock.
     */
    public void redispatch(long surveyor, String reason, StepTiming timing, String actor) {
        require(ClaimStep.DISPATCH, timing, ClaimStatus.DISPATCHED);
        String why = requireText("reason", reason, 500);
        if (surveyorId != null && surveyorId == surveyor) {
            throw new InvalidInputException("surveyorId", "the case is already with this surveyor");
        }
        surveyorId = surveyor;
        record(ClaimStep.DISPATCH, timing, actor, "surveyor " + surveyor + ": " + why);
    }

    /** 联系客户: the surveyor reached the customer, once (浙江规范第七章 2.3.3). */
    public void contact(StepTiming timing, String actor) {
        require(ClaimStep.CONTACT, timing, ClaimStatus.DISPATCHED, ClaimStatus.ON_SITE);
        if (contactedAt != null) {
            throw new ConflictException("status", "the customer was already contacted");
        }
        contactedAt = timing.occurredAt();
        record(ClaimStep.CONTACT, timing, actor, "");
    }

    /** 到达现场: the surveyor checks in, with the phone's position where it gave one. */
    public void arrive(@Nullable String gps, StepTiming timing, String actor) {
        require(ClaimStep.ARRIVAL, timing, ClaimStatus.DISPATCHED);
        arrivalGps = gps;
        status = ClaimStatus.ON_SITE;
        record(ClaimStep.ARRIVAL, timing, actor, gps == null ? "" : gps);
    }

    /** 无需现场查勘: surveyed from photos or remotely (浙江规范第七章 2.3.4); arrival limits stop binding. */
    public void surveyWithoutSiteVisit(String reason, StepTiming timing, String actor) {
        require(ClaimStep.NO_SITE_SURVEY, timing, ClaimStatus.REPORTED, ClaimStatus.DISPATCHED);
        surveyNotes = requireText("reason", reason, 1000);
        status = ClaimStatus.SURVEYED;
        record(ClaimStep.NO_SITE_SURVEY, timing, actor, surveyNotes);
    }

    /**
     * C11, 浙江规范第七章 2.4.4 「对重大复杂,一次难以完成查勘或定损难度大、双方意见分歧较大的案件,经双方当事人约定,可约定再次
     * 查勘的时间或请公估人或专家共同定损。」: the parties' agreement is recorded with what they disagree on, and either
     * the agreed re-survey time or who assesses jointly. A disputed assessment is made again: the claim returns
     * to SURVEYED for the new one (which replaces it); before an assessment the status stays.
     */
    public void agreeOnDispute(
            DisputeResolution resolution,
            String disagreement,
            @Nullable Instant resurveyAt,
            @Nullable String jointAssessor,
            StepTiming timing,
            String actor) {
        require(ClaimStep.ASSESSMENT_DISPUTE, timing, ClaimStatus.ON_SITE, ClaimStatus.SURVEYED, ClaimStatus.ASSESSED);
        String what = requireText("dispute.disagreement", disagreement, 1000);
        String agreed;
        if (resolution == DisputeResolution.RESURVEY) {
            if (resurveyAt == null || resurveyAt.isBefore(timing.occurredAt())) {
                throw new InvalidInputException(
                        "dispute.resurveyAt", "required for a re-survey: the agreed time, not before the agreement");
            }
            agreed = ShanghaiTime.display(resurveyAt);
        } else {
            agreed = requireText("dispute.jointAssessor", jointAssessor, 100);
        }
        if (status == ClaimStatus.ASSESSED) {
            status = ClaimStatus.SURVEYED;
        }
        record(ClaimStep.ASSESSMENT_DISPUTE, timing, actor, resolution + " " + agreed + ": " + what);
    }

    /** Whether photos may be added: from the arrival until the assessment is reviewed. */
    public void checkPhotosMayBeAdded() {
        require(ClaimStep.SURVEY_REPORT, ClaimStatus.ON_SITE, ClaimStatus.SURVEYED, ClaimStatus.ASSESSED);
    }

    /** 查勘报告: the survey report is saved. */
    public void completeSurvey(String notes, StepTiming timing, String actor) {
        require(ClaimStep.SURVEY_REPORT, timing, ClaimStatus.ON_SITE);
        surveyNotes = requireText("notes", notes, 4000);
        status = ClaimStatus.SURVEYED;
        record(ClaimStep.SURVEY_REPORT, timing, actor, "");
    }

    /** 定损: the loss is assessed item by item, uncovered items named (C10), and sent for review. */
    public void assess(List<AssessmentItem> items, StepTiming timing, String actor) {
        require(ClaimStep.ASSESSMENT, timing, ClaimStatus.SURVEYED);
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "an assessment has at least one item");
        }
        assessment = new ArrayList<>(items);
        status = ClaimStatus.ASSESSED;
        record(ClaimStep.ASSESSMENT, timing, actor, assessedLoss().display());
    }

    /** 核损: another person than the assessor reviews the assessment. */
    public void reviewAssessment(StepTiming timing, String actor) {
        require(ClaimStep.ASSESSMENT_REVIEW, timing, ClaimStatus.ASSESSED);
        StepEntry assessed = lastEntry(ClaimStep.ASSESSMENT);
        if (assessed != null && assessed.actor().equals(actor)) {
            throw new ConflictException("actor", "the assessment is reviewed by someone other than its assessor");
        }
        reviewedBy = actor;
        status = ClaimStatus.REVIEWED;
        record(ClaimStep.ASSESSMENT_REVIEW, timing, actor, "");
    }

    // Documents

    /** 索赔申请: the claim application arrives with the documents handed in with it. */
    public void receiveApplication(Set<DocumentItem> items, StepTiming timing, String actor) {
        require(ClaimStep.APPLICATION, timing, ClaimStatus.REVIEWED);
        handedIn.add(DocumentItem.CLAIM_APPLICATION);
        handedIn.addAll(items);
        deliveries.add(new DocumentDelivery(timing.occurredAt(), handedIn, actor));
        status = ClaimStatus.COLLECTING_DOCUMENTS;
        record(ClaimStep.APPLICATION, timing, actor, names(handedIn));
    }

    /**
     * 单证接收: documents handed in, listed on the receipt (回执). Answers what this delivery did: whether
     * it supplied what a notice asked for (the decision clocks resume) and whether the checklist is now
     * complete (单证齐全).
     */
    public DocumentsReceived receiveDocuments(Set<DocumentItem> items, StepTiming timing, String actor) {
        require(ClaimStep.DOCUMENTS, timing, ClaimStatus.COLLECTING_DOCUMENTS);
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "name at least one document handed in");
        }
        handedIn.addAll(items);
        deliveries.add(new DocumentDelivery(timing.occurredAt(), items, actor));
        boolean supplementsArrived = false;
        for (int i = 0; i < notices.size(); i++) {
            MissingDocumentsNotice notice = notices.get(i);
            if (notice.outstanding() && handedIn.containsAll(notice.items())) {
                notices.set(i, notice.supplied(timing.occurredAt()));
                supplementsArrived = notice.receivedAt() != null;
            }
        }
        boolean complete = missingDocuments().isEmpty();
        if (complete) {
            status = ClaimStatus.DOCUMENTS_COMPLETE;
        }
        record(ClaimStep.DOCUMENTS, timing, actor, names(items));
        return new DocumentsReceived(supplementsArrived, complete);
    }

    /**
     * 一次性补材通知 (保险法第二十二条): the missing items, once; a later notice only with a reason and a
     * manager's approval, and only for new items ({@link OneTimeNoticeRule}).
     */
    public MissingDocumentsNotice sendMissingDocumentsNotice(
            Set<DocumentItem> items,
            @Nullable String reason,
            @Nullable String approvingManager,
            StepTiming timing,
            String actor) {
        require(ClaimStep.MISSING_DOCUMENTS_NOTICE, timing, ClaimStatus.COLLECTING_DOCUMENTS);
        OneTimeNoticeRule.check(notices, items, handedIn, reason, approvingManager);
        MissingDocumentsNotice notice = new MissingDocumentsNotice(
                notices.size() + 1,
                items,
                notices.isEmpty() ? null : reason,
                notices.isEmpty() ? null : approvingManager,
                timing.occurredAt(),
                null,
                null);
        notices.add(notice);
        record(ClaimStep.MISSING_DOCUMENTS_NOTICE, timing, actor, "#" + notice.number() + " " + names(items));
        return notice;
    }

    /** The notice reached the claimant (司法解释二第十五条: the decision clocks pause from here). */
    public void noticeReceived(StepTiming timing, String actor) {
        require(ClaimStep.NOTICE_RECEIVED, timing, ClaimStatus.COLLECTING_DOCUMENTS);
        int last = notices.size() - 1;
        if (last < 0
                || notices.get(last).receivedAt() != null
                || !notices.get(last).outstanding()) {
            throw new ConflictException("status", "no notice of missing documents is on its way");
        }
        if (timing.occurredAt().isBefore(notices.get(last).sentAt())) {
            throw new InvalidInputException("occurredAt", "must not lie before the notice was sent");
        }
        notices.set(last, notices.get(last).received(timing.occurredAt()));
        record(ClaimStep.NOTICE_RECEIVED, timing, actor, "#" + notices.get(last).number());
    }

    /** The checklist's items not yet handed in, in checklist order. */
    public Set<DocumentItem> missingDocuments() {
        Set<DocumentItem> missing = EnumSet.noneOf(DocumentItem.class);
        missing.addAll(DocumentChecklist.required(report.kind()));
        missing.removeAll(handedIn);
        return missing;
    }

    // Adjustment, approval, agreement, payment

    /** 理算与核定: the payable amount from the assessment and the covers; cover is decided. */
    public Adjustment adjust(List<Cover> covers, BigDecimal liabilityShare, StepTiming timing, String actor) {
        require(ClaimStep.ADJUSTMENT, timing, ClaimStatus.DOCUMENTS_COMPLETE, ClaimStatus.ADJUSTED);
        adjustment = Adjuster.adjust(assessment, covers, liabilityShare);
        status = ClaimStatus.ADJUSTED;
        record(ClaimStep.ADJUSTMENT, timing, actor, adjustment.payable().display());
        return adjustment;
    }

    /** 核赔: within the approver's authority; nobody approves a claim they adjusted. */
    public void approve(ApprovalAuthority authority, Set<Role> roles, StepTiming timing, String actor) {
        require(ClaimStep.APPROVAL, timing, ClaimStatus.ADJUSTED);
        Adjustment adjusted = java.util.Objects.requireNonNull(adjustment);
        authority.anApproverStaysWithinTheirLimit(roles, adjusted.payable());
        StepEntry adjustedBy = lastEntry(ClaimStep.ADJUSTMENT);
        if (adjustedBy != null && adjustedBy.actor().equals(actor)) {
            throw new ConflictException("actor", "a claim is approved by someone other than its adjuster");
        }
        approvedBy = actor;
        status = ClaimStatus.APPROVED;
        record(ClaimStep.APPROVAL, timing, actor, adjusted.payable().display());
    }

    /** 赔付协议: the claimant agrees the amount; the payment limits count from here (保险法第二十三条). */
    public void agree(StepTiming timing, String actor) {
        require(ClaimStep.AGREEMENT, timing, ClaimStatus.APPROVED);
        status = ClaimStatus.AGREED;
        record(ClaimStep.AGREEMENT, timing, actor, payable().display());
    }

    /**
     * 先予支付 (保险法第二十五条): while the amount is not yet agreed, what can already be determined is paid in
     * advance; all advances together stay within that amount and the sum insured, and the settlement
     * deducts them.
     */
    public void payInAdvance(Payment paid, Money sumInsured, StepTiming timing, String actor) {
        require(ClaimStep.ADVANCE_PAYMENT, timing, ADVANCE_PAYABLE.toArray(ClaimStatus[]::new));
        if (paid.amount().isNegative() || paid.amount().isZero()) {
            throw new InvalidInputException("amount", "required, positive");
        }
        Money total = advancesPaid().plus(paid.amount());
        Money determinable = determinable();
        if (total.isGreaterThan(determinable)) {
            throw new InvalidInputException(
                    "amount",
                    "advances may total at most the amount that can be determined, " + determinable.display()
                            + "; already paid in advance " + advancesPaid().display());
        }
        if (total.isGreaterThan(sumInsured)) {
            throw new InvalidInputException(
                    "amount", "advances may total at most the sum insured, " + sumInsured.display());
        }
        advances.add(paid);
        record(ClaimStep.ADVANCE_PAYMENT, timing, actor, paid.amount().display() + " " + paid.accountMasked());
    }

    /**
     * 支付指令: what the agreement leaves to pay goes to the bank; the claim stays agreed until the bank
     * confirms it ({@link #confirmPayment}). One instruction at a time.
     */
    public void instructPayment(PaymentInstruction instruction, StepTiming timing, String actor) {
        require(ClaimStep.PAYMENT_INSTRUCTION, timing, ClaimStatus.AGREED);
        if (pendingPayment != null) {
            throw new ConflictException(
                    "status", "payment " + pendingPayment.reference() + " is with the bank, awaiting its confirmation");
        }
        checkPaysWhatIsLeft(instruction.amount());
        pendingPayment = instruction;
        record(
                ClaimStep.PAYMENT_INSTRUCTION,
                timing,
                actor,
                instruction.reference() + " " + instruction.amount().display() + " " + instruction.accountMasked());
    }

    /** The bank confirmed the instruction {@code reference} under its own {@code bankReference}. */
    public Payment confirmPayment(String reference, String bankReference, StepTiming timing, String actor) {
        require(ClaimStep.PAYMENT, ClaimStatus.AGREED);
        PaymentInstruction pending = pendingPayment;
        if (pending == null || !pending.reference().equals(reference)) {
            throw new ConflictException("reference", "claim " + claimNo + " has no payment " + reference + " pending");
        }
        Payment paid = new Payment(
                pending.amount(),
                pending.accountEncrypted(),
                pending.accountMasked(),
                bankReference,
                timing.occurredAt());
        pay(paid, timing, actor);
        pendingPayment = null;
        return paid;
    }

    private void checkPaysWhatIsLeft(Money amount) {
        if (!amount.equals(outstanding())) {
            throw new InvalidInputException(
                    "amount",
                    "must be the amount left to pay " + outstanding().display() + ", not " + amount.display());
        }
    }

    /** 支付赔款: the bank confirmed the transfer of what the agreement leaves to pay. */
    public void pay(Payment paid, StepTiming timing, String actor) {
        require(ClaimStep.PAYMENT, timing, ClaimStatus.AGREED);
        checkPaysWhatIsLeft(paid.amount());
        payment = paid;
        status = ClaimStatus.PAID;
        record(ClaimStep.PAYMENT, timing, actor, paid.amount().display() + " " + paid.accountMasked());
    }

    /** 结案: a paid claim is closed. */
    public void close(StepTiming timing, String actor) {
        require(ClaimStep.CLOSE, timing, ClaimStatus.PAID, ClaimStatus.AGREED);
        // An agreement that leaves nothing more to pay — a reopened claim re-adjusted at or below what was paid,
        // or advances covering it all — is settled without a payment; one that leaves money owed is paid first
        // (保险法第二十三条), and an agreed amount of nothing with nothing paid is a denial (第二十四条).
        if (status == ClaimStatus.AGREED && !paidByEarlierPayments()) {
            throw new ConflictException(
                    "status",
                    "claim " + claimNo + " is AGREED with " + outstanding().display()
                            + " to pay; CLOSE needs PAID, or AGREED with everything already paid");
        }
        status = ClaimStatus.CLOSED;
        record(ClaimStep.CLOSE, timing, actor, "");
    }

    /**
     * 重开赔案: a closed or denied claim is reopened with a reason and resumes where its facts stand: the
     * first step not yet done (assessment, review, application, documents) or, with every document in
     * hand, a new adjustment. What was paid stays paid and is deducted from the next payment.
     */
    public void reopen(String reason, StepTiming timing, String actor) {
        require(ClaimStep.REOPEN, timing, REOPENABLE.toArray(ClaimStatus[]::new));
        String why = requireText("reason", reason, 1000);
        if (payment != null) {
            earlierPayments.add(payment);
            payment = null;
        }
        status = resumedStatus();
        record(ClaimStep.REOPEN, timing, actor, why);
    }

    private ClaimStatus resumedStatus() {
        if (assessment.isEmpty()) {
            return ClaimStatus.SURVEYED;
        }
        if (reviewedBy == null) {
            return ClaimStatus.ASSESSED;
        }
        if (handedIn.isEmpty()) {
            return ClaimStatus.REVIEWED;
        }
        return missingDocuments().isEmpty() ? ClaimStatus.DOCUMENTS_COMPLETE : ClaimStatus.COLLECTING_DOCUMENTS;
    }

    // Denial and withdrawal

    /** 拒赔决定: not covered, with the reasons and the clauses relied on. */
    public void deny(String reasons, String clauses, StepTiming timing, String actor) {
        require(ClaimStep.DENIAL, timing, DENIABLE.toArray(ClaimStatus[]::new));
        denial = new Denial(
                requireText("reasons", reasons, 2000), requireText("clauses", clauses, 500), timing.occurredAt(), null);
        status = ClaimStatus.DENIED;
        record(ClaimStep.DENIAL, timing, actor, clauses);
    }

    /** 拒赔通知书发出 (保险法第二十四条). */
    public void sendDenialNotice(StepTiming timing, String actor) {
        require(ClaimStep.DENIAL_NOTICE, timing, ClaimStatus.DENIED);
        Denial decided = java.util.Objects.requireNonNull(denial);
        if (decided.noticeSentAt() != null) {
            throw new ConflictException("status", "the denial notice was already sent");
        }
        denial = new Denial(decided.reasons(), decided.clauses(), decided.deniedAt(), timing.occurredAt());
        record(ClaimStep.DENIAL_NOTICE, timing, actor, "");
    }

    /** 撤案/注销: the claimant withdraws, or a report made in error is cancelled; not once approved. */
    public void withdraw(String reason, StepTiming timing, String actor) {
        require(ClaimStep.WITHDRAWAL, timing, WITHDRAWABLE.toArray(ClaimStatus[]::new));
        withdrawalReason = requireText("reason", reason, 1000);
        status = ClaimStatus.WITHDRAWN;
        record(ClaimStep.WITHDRAWAL, timing, actor, withdrawalReason);
    }

    // Rules shared by every step

    private void require(ClaimStep step, StepTiming timing, ClaimStatus... allowed) {
        require(step, allowed);
        timing.check(lastStepAt());
    }

    private void require(ClaimStep step, ClaimStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new ConflictException(
                    "status",
                    "claim " + claimNo + " is " + status + "; " + step + " needs "
                            + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    private void record(ClaimStep step, StepTiming timing, String actor, String note) {
        timeline.add(new StepEntry(step, timing.occurredAt(), timing.recordedAt(), timing.reasonToKeep(), actor, note));
    }

    private static String requireText(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return text.strip();
    }

    private static String names(Set<DocumentItem> items) {
        return items.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Nullable
    private StepEntry lastEntry(ClaimStep step) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).step() == step) {
                return timeline.get(i);
            }
        }
        return null;
    }

    // What pages and the application read

    /** When the latest step happened; a new step may not lie before it. */
    public Instant lastStepAt() {
        return timeline.stream()
                .map(StepEntry::occurredAt)
                .max(Instant::compareTo)
                .orElse(report.lossAt());
    }

    public Money assessedLoss() {
        return assessment.stream().map(AssessmentItem::amount).reduce(Money.ZERO, Money::plus);
    }

    /** The amount adjusted, or zero before the adjustment. */
    public Money payable() {
        return adjustment == null ? Money.ZERO : adjustment.payable();
    }

    /** What can already be determined (第二十五条): the adjusted amount, else the covered assessed loss. */
    public Money determinable() {
        if (adjustment != null) {
            return adjustment.payable();
        }
        return assessment.stream()
                .filter(AssessmentItem::covered)
                .map(AssessmentItem::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** What was paid in advance (先予支付), all advances together. */
    public Money advancesPaid() {
        return advances.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What payments before a reopening paid. */
    public Money paidBeforeReopening() {
        return earlierPayments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Whether the advances and the payments before a reopening already cover the agreed amount, so that the
     * agreement leaves nothing more to pay (and something was paid: an agreed nothing is not a settlement).
     */
    public boolean paidByEarlierPayments() {
        return adjustment != null
                && !outstanding().isGreaterThan(Money.ZERO)
                && advancesPaid().plus(paidBeforeReopening()).isGreaterThan(Money.ZERO);
    }

    /** What the agreed amount leaves to pay after the advances and any payment before a reopening. */
    public Money outstanding() {
        return payable().minus(advancesPaid()).minus(paidBeforeReopening()).max(Money.ZERO);
    }

    /** The amount the case is about for the engine: paid, adjusted, assessed or estimated, best known first. */
    public Money amountAtStake() {
        if (payment != null) {
            return payment.amount();
        }
        if (adjustment != null) {
            return adjustment.payable();
        }
        return assessment.isEmpty() ? report.estimate() : assessedLoss();
    }

    public String claimNo() {
        return claimNo;
    }

    public long insurerId() {
        return insurerId;
    }

    public long orgUnitId() {
        return orgUnitId;
    }

    public String orgPath() {
        return orgPath;
    }

    public ClaimReport report() {
        return report;
    }

    public ClaimStatus status() {
        return status;
    }

    public @Nullable String linkedTo() {
        return linkedTo;
    }

    public @Nullable Long surveyorId() {
        return surveyorId;
    }

    public @Nullable Instant contactedAt() {
        return contactedAt;
    }

    public @Nullable String arrivalGps() {
        return arrivalGps;
    }

    public @Nullable String surveyNotes() {
        return surveyNotes;
    }

    public List<AssessmentItem> assessment() {
        return List.copyOf(assessment);
    }

    public @Nullable String reviewedBy() {
        return reviewedBy;
    }

    public Set<DocumentItem> handedIn() {
        return Set.copyOf(handedIn);
    }

    /** Every handing-in of documents, oldest first, for the receipt (回执). */
    public List<DocumentDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** When the step last happened, or null if it never did (e.g. when the settlement was agreed). */
    public @Nullable Instant lastAt(ClaimStep step) {
        StepEntry entry = lastEntry(step);
        return entry == null ? null : entry.occurredAt();
    }

    public List<MissingDocumentsNotice> notices() {
        return List.copyOf(notices);
    }

    public @Nullable Adjustment adjustment() {
        return adjustment;
    }

    public @Nullable String approvedBy() {
        return approvedBy;
    }

    /** The payment with the bank awaiting its confirmation, if any. */
    public @Nullable PaymentInstruction pendingPayment() {
        return pendingPayment;
    }

    public @Nullable Payment payment() {
        return payment;
    }

    public @Nullable Denial denial() {
        return denial;
    }

    public @Nullable String withdrawalReason() {
        return withdrawalReason;
    }

    public List<StepEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** The advances paid (先予支付), oldest first. */
    public List<Payment> advances() {
        return List.copyOf(advances);
    }

    /** Payments made before the claim was reopened, oldest first. */
    public List<Payment> earlierPayments() {
        return List.copyOf(earlierPayments);
    }

    /**
     * What a delivery of documents did.
     *
     * @param supplementsArrived it supplied everything a received notice asked for
     * @param complete every item on the checklist is now in hand
     */
    public record DocumentsReceived(boolean supplementsArrived, boolean complete) {}
}
