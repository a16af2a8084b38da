package io.shixiao.enrolment.domain;

/**
 * What a house claim pays (R14: 实际损失、保险金额、免赔额): a collapsed house the sum insured; a damaged one
 * the assessed repair cost less the scheme's deductible, never more than the sum insured and never
 * less than nothing. Amounts in fen.
 */
public final class Indemnity {

    private Indemnity() {}

    public static long payable(LossExtent extent, long assessedLoss, long sumInsured, long deductible) {
        if (assessedLoss < 0) {
            throw new SchemeRuleViolation("assessedLoss", "a loss is not negative");
        }
        if (extent == LossExtent.TOTAL_COLLAPSE) {
            return sumInsured;
        }
        return Math.min(Math.max(0, assessedLoss - deductible), sumInsured);
    }
}
