package io.shixiao.claims.domain;

/** The steps of a claim, each a named transition of {@link Claim}; the timeline lists them. */
public enum ClaimStep {
    /** 报案. */
    REPORT,
    /** 调度. */
    DISPATCH,
    /** 联系客户. */
    CONTACT,
    /** 到达现场. */
    ARRIVAL,
    /** 无需现场查勘 (浙江规范第七章 2.3.4). */
    NO_SITE_SURVEY,
    /** 查勘报告. */
    SURVEY_REPORT,
    /** 定损. */
    ASSESSMENT,
    /** 核损. */
    ASSESSMENT_REVIEW,
    /** 索赔申请. */
    APPLICATION,
    /** 单证接收 (回执). */
    DOCUMENTS,
    /** 一次性补材通知发出. */
    MISSING_DOCUMENTS_NOTICE,
    /** 补材通知送达. */
    NOTICE_RECEIVED,
    /** 理算与核定. */
    ADJUSTMENT,
    /** 核赔. */
    APPROVAL,
    /** 赔付协议. */
    AGREEMENT,
    /** 支付指令交银行 (the bank's confirmation is {@link #PAYMENT}). */
    PAYMENT_INSTRUCTION,
    /** 支付赔款: the bank confirmed the transfer. */
    PAYMENT,
    /** 结案. */
    CLOSE,
    /** 拒赔决定. */
    DENIAL,
    /** 拒赔通知书发出. */
    DENIAL_NOTICE,
    /** 撤案/注销. */
    WITHDRAWAL,
    /** 先予支付 (保险法第二十五条). */
    ADVANCE_PAYMENT,
    /** 重开赔案, with its reason. */
    REOPEN,
    /** 定损分歧的处理约定: re-survey at an agreed time, or a joint assessment (浙江规范第七章 2.4.4). */
    ASSESSMENT_DISPUTE
}
