package io.shixiao.enrolment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One damaged house of a village batch, from report to payment. Steps happen in order and each
 * rejects being taken out of turn: contact, arrival, assessment, the village notice where the scheme
 * requires one (its window must have ended with no objection left unanswered), the complete file,
 * approval, payment. Amounts in fen.
 */
public final class HouseClaim {

    private ClaimState state;
    private final long sumInsured;
    private final boolean noticeRequired;
    private LossExtent extent;
    private long assessedLoss;
    private long indemnity;
    private int photos;

    public HouseClaim(ClaimState state, long sumInsured, boolean noticeRequired) {
        this.state = Objects.requireNonNull(state);
        this.sumInsured = sumInsured;
        this.noticeRequired = noticeRequired;
    }

    public static HouseClaim reported(long sumInsured, boolean noticeRequired) {
        return new HouseClaim(ClaimState.REPORTED, sumInsured, noticeRequired);
    }

    /** Brings back a stored assessment, as it was decided. */
    public void restoreAssessment(LossExtent lossExtent, long loss, Long payable, int photoCount) {
        this.extent = lossExtent;
        this.assessedLoss = loss;
        this.indemnity = payable == null ? 0 : payable;
        this.photos = photoCount;
    }

    public ClaimState state() {
        return state;
    }

    public long indemnity() {
        return indemnity;
    }

    public LossExtent extent() {
        return extent;
    }

    public long assessedLoss() {
        return assessedLoss;
    }

    public int photos() {
        return photos;
    }

    public void contact() {
        requireState("contact", ClaimState.REPORTED);
        state = ClaimState.CONTACTED;
    }

    public void arrive() {
        requireState("arrive", ClaimState.REPORTED, ClaimState.CONTACTED);
        state = ClaimState.ARRIVED;
    }

    /** The surveyor's assessment on site; a house is assessed from what was seen, so photos are required. */
    public void assess(LossExtent lossExtent, long loss, long deductible, int photoCount) {
        requireState("assess", ClaimState.ARRIVED);
        if (photoCount < 1) {
            throw new SchemeRuleViolation("photos", "定损需附现场照片");
        }
        this.indemnity = Indemnity.payable(Objects.requireNonNull(lossExtent), loss, sumInsured, deductible);
        this.extent = lossExtent;
        this.assessedLoss = loss;
        this.photos = photoCount;
        state = ClaimState.ASSESSED;
    }

    /** Put on the village notice; only where the scheme requires one. */
    public void putOnNotice() {
        requireState("putOnNotice", ClaimState.ASSESSED);
        if (!noticeRequired) {
            throw new SchemeRuleViolation("notice", "本方案不要求公示");
        }
        state = ClaimState.ON_NOTICE;
    }

    /**
     * The file is complete: after the assessment where no notice is required, or after the notice has run
     * its course with every objection answered.
     */
    public void completeFile(PublicNotice notice, Instant now) {
        if (noticeRequired) {
            requireState("completeFile", ClaimState.ON_NOTICE);
            if (notice == null || !notice.allowsPaymentAt(now)) {
                throw new SchemeRuleViolation("notice", "公示期未满或仍有未答复的异议");
            }
        } else {
            requireState("completeFile", ClaimState.ASSESSED);
        }
        state = ClaimState.DOCUMENTS_COMPLETE;
    }

    /** An objection upheld changes the assessment: the house is assessed again and noticed again. */
    public void reassess(LossExtent lossExtent, long loss, long deductible) {
        requireState("reassess", ClaimState.ON_NOTICE);
        this.indemnity = Indemnity.payable(Objects.requireNonNull(lossExtent), loss, sumInsured, deductible);
        this.extent = lossExtent;
        this.assessedLoss = loss;
    }

    public void approve() {
        requireState("approve", ClaimState.DOCUMENTS_COMPLETE);
        state = ClaimState.APPROVED;
    }

    /** Paid, only to the household's own designated account (R15). */
    public void pay(boolean toOwnAccount) {
        requireState("pay", ClaimState.APPROVED);
        if (!toOwnAccount) {
            throw new SchemeRuleViolation("bankAccount", "赔款只能支付到农户本人指定的账户");
        }
        state = ClaimState.PAID;
    }

    private void requireState(String step, ClaimState... allowed) {
        for (ClaimState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new SchemeRuleViolation("state", "cannot " + step + " a claim that is " + state);
    }
}
