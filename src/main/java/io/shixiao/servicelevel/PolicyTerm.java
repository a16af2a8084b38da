package io.shixiao.servicelevel;

/**
 * A time limit the policy itself agrees, which 保险法第二十三条第一款 ("保险合同对赔偿或者给付保险金的期限有约定的，
 * 保险人应当按照约定履行") and 浙江规范第七章 2.7.6 put in place of the general one. Counted in natural days, as
 * the law's own limits are.
 */
public enum PolicyTerm {
    /** Days from the settlement agreement to payment. */
    PAYMENT_DAYS,
    /** Days from the claim with its documents to the decision (第二十三条 "但合同另有约定的除外"). */
    DECISION_DAYS
}
