package io.shixiao.servicelevel;

/**
 * A fact established about a case that decides whether a standard binds it (浙江规范 2.7.1: 事故责任和保险责任明确,
 * 单证齐全) or whether a milestone may act (投诉办法第十八条第二款: the complainant told of an appraisal).
 */
public enum Fact {
    /** 事故责任和保险责任明确. */
    LIABILITY_CLEAR,
    /** 单证齐全、真实. */
    DOCUMENTS_COMPLETE,
    /** 已达成损失确认协议. */
    LOSS_AGREED,
    /** 复杂案件 (服务质量协议 1.2(3)). */
    COMPLEX_CASE,
    /** 保单和发票需要送达 (浙江规范第五章 2.4.1). */
    DELIVERY_REQUIRED,
    /** 已及时告知投诉人 (投诉办法第十八条第二款: an appraisal is not counted only once the complainant is told). */
    COMPLAINANT_NOTIFIED,
    /** 涉及理赔的咨询 (浙江规范第七章 1.1, 2.3.6: answered 迅速). */
    CLAIM_INQUIRY
}
