package io.shixiao.complaints.domain;

/** What a complaint or consultation is about. */
public enum ComplaintCategory {
    /** 理赔时效: the claim took too long. */
    CLAIM_SPEED,
    /** 理赔金额: the amount paid or assessed. */
    CLAIM_AMOUNT,
    /** 拒赔: a denial. */
    CLAIM_DENIAL,
    /** 服务态度: the manner of staff. */
    SERVICE_ATTITUDE,
    /** 销售误导: mis-selling. */
    SALES,
    /** 承保、批改、退保. */
    UNDERWRITING,
    /** 条款、产品. */
    PRODUCT,
    /** 其他. */
    OTHER
}
