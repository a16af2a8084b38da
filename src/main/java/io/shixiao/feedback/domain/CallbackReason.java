package io.shixiao.feedback.domain;

/** Why a case is called back. */
public enum CallbackReason {
    /** Every claim paid at or above the insurer's amount. */
    ABOVE_AMOUNT,
    /** Drawn in the insurer's random share of paid claims. */
    SAMPLED,
    /** Every closed complaint is called back. */
    COMPLAINT_CLOSED,
    /** Every paid rural house claim is called back (seeds/004 客户回访). */
    HOUSE_CLAIM_PAID
}
