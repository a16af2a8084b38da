package io.shixiao.servicelevel;

/**
 * The milestones that domain modules report to the service-level engine. A standard names the
 * milestones that start, stop, pause, resume, restart or cancel its clock; the module that owns the
 * case reports the milestone with the instant it happened and never computes a deadline itself.
 * Each milestone belongs to one {@link CaseType}, and its Chinese label is what pages show.
 */
public enum Milestone {

    // Claims (赔案)

    /** 客户报案请求到达: a report call, message or web form reached the insurer (not yet registered). */
    REPORT_REQUEST_RECEIVED(CaseType.CLAIM, "报案请求到达"),
    /** 报案保存成功: the hotline agent saved the report (浙江规范第七章 2.2.2 counts from here). */
    CLAIM_REPORTED(CaseType.CLAIM, "报案保存成功"),
    /** 调度: the case was assigned to a surveyor and the surveyor told of it. */
    SURVEYOR_DISPATCHED(CaseType.CLAIM, "调度给查勘人员"),
    /** 联系客户: the surveyor reached the customer by phone. */
    CUSTOMER_CONTACTED(CaseType.CLAIM, "查勘人员联系客户"),
    /** 到达现场: the surveyor checked in on site. */
    SURVEYOR_ARRIVED(CaseType.CLAIM, "查勘人员到达现场"),
    /** 代查勘已安排: an out-of-province proxy survey was arranged and the customer told of it. */
    PROXY_SURVEY_ARRANGED(CaseType.CLAIM, "代查勘安排完毕并告知客户"),
    /** 收到索赔申请: the claim request (索赔申请书) and the documents then provided were received. */
    CLAIM_APPLICATION_RECEIVED(CaseType.CLAIM, "收到索赔申请及证明资料"),
    /** 单证齐全: every document needed to settle the claim is in hand. */
    DOCUMENTS_COMPLETE(CaseType.CLAIM, "单证齐全"),
    /** 一次性补材通知发出: the one-time notice of missing documents (保险法第二十二条) was sent. */
    MISSING_DOCUMENTS_NOTICE_SENT(CaseType.CLAIM, "一次性补充材料通知发出"),
    /** 补材通知到达: that notice reached the claimant (司法解释二第十五条: the pause starts here). */
    MISSING_DOCUMENTS_NOTICE_RECEIVED(CaseType.CLAIM, "补充材料通知到达客户"),
    /** 补充材料到达: the supplementary documents reached the insurer (the pause ends here). */
    SUPPLEMENTARY_DOCUMENTS_RECEIVED(CaseType.CLAIM, "补充材料到达"),
    /** 初步审核完成: the first review of the documents received is done. */
    INITIAL_REVIEW_COMPLETED(CaseType.CLAIM, "初步审核完成"),
    /** 损失确认: the customer agreed the assessed loss (损失确认协议). */
    LOSS_AGREED(CaseType.CLAIM, "达成损失确认协议"),
    /** 核定: the insurer decided the claim is covered (保险法第二十三条 核定). */
    CLAIM_DECIDED(CaseType.CLAIM, "作出核定（属于保险责任）"),
    /** 拒赔决定: the insurer decided the claim is not covered (核定不属于保险责任). */
    CLAIM_DENIED(CaseType.CLAIM, "作出核定（不属于保险责任）"),
    /** 拒赔通知书发出: the denial notice with clauses and reasons was sent (保险法第二十四条). */
    DENIAL_NOTICE_SENT(CaseType.CLAIM, "拒赔通知书发出"),
    /** 核赔通过: the claim passed approval within the approver's authority. */
    CLAIM_APPROVED(CaseType.CLAIM, "核赔（审核）通过"),
    /** 赔付协议: the insurer and the claimant agreed the amount to be paid. */
    SETTLEMENT_AGREED(CaseType.CLAIM, "达成赔付协议"),
    /** 先予支付: the amount that can already be determined was paid in advance (保险法第二十五条). */
    ADVANCE_PAID(CaseType.CLAIM, "先予支付"),
    /** 支付赔款: the indemnity was paid (bank transfer confirmed). */
    PAYMENT_MADE(CaseType.CLAIM, "赔款支付完成"),
    /** 结案: the claim was closed (审结). */
    CLAIM_CLOSED(CaseType.CLAIM, "结案"),
    /** 撤案: the claimant withdrew the claim; its clocks are cancelled. */
    CLAIM_WITHDRAWN(CaseType.CLAIM, "撤案"),

    // Complaints (投诉)

    /** 收到投诉: the complaint reached the insurer through any channel, relayed ones included. */
    COMPLAINT_RECEIVED(CaseType.COMPLAINT, "收到投诉"),
    /** 初步响应: a first response or a handling opinion (处理意见) was given to the complainant. */
    COMPLAINT_FIRST_RESPONSE(CaseType.COMPLAINT, "初步响应（答复处理意见）"),
    /** 反馈监管/协会: case details and causes were reported back to the relaying regulator or association. */
    RELAYED_COMPLAINT_FEEDBACK_SENT(CaseType.COMPLAINT, "向保监局或行业协会反馈案件详情"),
    /** 处理决定: the decision was made and the complainant told (投诉办法第十八条). */
    COMPLAINT_DECIDED(CaseType.COMPLAINT, "作出处理决定并告知投诉人"),
    /** 鉴定开始: external appraisal, testing or evaluation began (not counted, 投诉办法第十八条 ¶2). */
    APPRAISAL_STARTED(CaseType.COMPLAINT, "外部鉴定、检测、评估开始"),
    /** 鉴定结束: the external appraisal ended; counting resumes. */
    APPRAISAL_ENDED(CaseType.COMPLAINT, "外部鉴定、检测、评估结束"),
    /** 调解开始: mediation was applied for (not counted, 投诉办法第二十三条). */
    MEDIATION_STARTED(CaseType.COMPLAINT, "调解开始"),
    /** 调解结束: the mediation ended; counting resumes. */
    MEDIATION_ENDED(CaseType.COMPLAINT, "调解结束"),
    /** 新的事实和理由: new facts and reasons arrived; the limit counts anew (投诉办法第十八条 ¶3). */
    COMPLAINT_NEW_FACTS(CaseType.COMPLAINT, "收到新的事实和理由"),
    /** 撤回投诉: the complainant withdrew; the procedure ends that day (投诉办法第十五条). */
    COMPLAINT_WITHDRAWN(CaseType.COMPLAINT, "投诉人撤回投诉"),
    /** 申请核查: a written request for review by the higher office arrived (投诉办法第二十条). */
    REVIEW_REQUESTED(CaseType.COMPLAINT, "收到核查申请"),
    /** 核查决定: the review was decided and the complainant told. */
    REVIEW_DECIDED(CaseType.COMPLAINT, "作出核查决定并告知投诉人"),

    // Consultations (咨询)

    /** 收到咨询: a consultation arrived. */
    CONSULTATION_RECEIVED(CaseType.CONSULTATION, "收到咨询"),
    /** 咨询响应: the consultation was answered. */
    CONSULTATION_ANSWERED(CaseType.CONSULTATION, "咨询已响应"),

    // Policies (保单)

    /** 出单: the policy was issued. */
    POLICY_ISSUED(CaseType.POLICY, "出单"),
    /** 保单送达: the policy and the premium invoice reached the customer. */
    POLICY_DELIVERED(CaseType.POLICY, "保单和发票送达客户"),
    /**
     * 保单到期: the policy's expiry, reported when the policy is issued with the expiry instant as the
     * milestone's time; limits counted back from it end before it.
     */
    POLICY_EXPIRY_DUE(CaseType.POLICY, "保单到期"),
    /** 续保提醒: the customer was reminded to renew. */
    RENEWAL_REMINDED(CaseType.POLICY, "续保提醒完成"),
    /** 保单终止: the policy was surrendered or cancelled; its pending clocks are cancelled. */
    POLICY_TERMINATED(CaseType.POLICY, "保单退保或终止"),

    // Hotline calls (热线来电)

    /** 来电振铃开始: an inbound call started ringing at the hotline. */
    HOTLINE_CALL_OFFERED(CaseType.HOTLINE_CALL, "来电开始振铃"),
    /** 振铃一声: one ring of an inbound call (reported by the telephony system). */
    HOTLINE_RING(CaseType.HOTLINE_CALL, "振铃一声"),
    /** 接听: an agent answered the call. */
    HOTLINE_CALL_ANSWERED(CaseType.HOTLINE_CALL, "坐席接听"),
    /** 来电放弃: the caller hung up before an answer. */
    HOTLINE_CALL_ABANDONED(CaseType.HOTLINE_CALL, "来电放弃");

    private final CaseType caseType;
    private final String chineseName;

    Milestone(CaseType caseType, String chineseName) {
        this.caseType = caseType;
        this.chineseName = chineseName;
    }

    /** The case type whose owner reports this milestone. */
    public CaseType caseType() {
        return caseType;
    }

    /** The label shown on pages. */
    public String chineseName() {
        return chineseName;
    }
}
