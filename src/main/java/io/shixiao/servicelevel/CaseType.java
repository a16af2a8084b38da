package io.shixiao.servicelevel;

/** The kinds of case a service standard binds; each milestone belongs to one of them. */
public enum CaseType {
    /** 赔案: from the report (报案) to payment or denial. */
    CLAIM,
    /** 投诉: a consumer complaint and its review (核查). */
    COMPLAINT,
    /** 咨询: a question about products, cover or procedure. */
    CONSULTATION,
    /** 保单事务: underwriting, issue, delivery and renewal of a policy. */
    POLICY,
    /** 批改: a request to change a policy in force (保险合同变更). */
    ENDORSEMENT,
    /** 热线来电: one call to the service hotline. */
    HOTLINE_CALL;
}
