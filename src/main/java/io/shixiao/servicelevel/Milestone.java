package io.shixiao.servicelevel;

/**
 * The milestones that domain modules report to the service-level engine. A standard names the
 * milestones that start, stop, pause, resume, restart or cancel its clock; the module that owns the
 * case reports the milestone with the instant it happened and never computes a deadline itself.
 * Each milestone belongs to one {@link CaseType}; pages show its label from the message bundles
 * ({@code enum.Milestone.<NAME>}).
 */
public enum Milestone {

    // Claims (赔案)

    /** 客户报案请求到达: a report call, message or web form reached the insurer (not yet registered). */
    REPORT_REQUEST_RECEIVED(CaseType.CLAIM),
    /** 报案保存成功: the hotline agent saved the report (浙江规范第七章 2.2.2 counts from here). */
    CLAIM_REPORTED(CaseType.CLAIM),
    /** 调度: the case was assigned to a surveyor and the surveyor told of it. */
    SURVEYOR_DISPATCHED(CaseType.CLAIM),
    /** 派工改派: the case was handed to another surveyor or branch; the clocks keep running. */
    CASE_REASSIGNED(CaseType.CLAIM),
    /** 联系客户: the surveyor reached the customer by phone. */
    CUSTOMER_CONTACTED(CaseType.CLAIM),
    /** 到达现场: the surveyor checked in on site. */
    SURVEYOR_ARRIVED(CaseType.CLAIM),
    /**
     * 无需现场查勘: the case is surveyed from photos or remotely, as 浙江规范第七章 2.3.4 allows ("如在规定范围内不需现场查勘");
     * arrival limits no longer bind it.
     */
    NO_SITE_SURVEY(CaseType.CLAIM),
    /** 查勘完成: the survey report was saved. */
    SURVEY_COMPLETED(CaseType.CLAIM),
    /** 定损完成: the loss assessment was submitted for review (核损任务下达). */
    ASSESSMENT_SUBMITTED(CaseType.CLAIM),
    /** 核损完成: the assessment review was done (浙江规范第七章 2.4.3). */
    ASSESSMENT_REVIEWED(CaseType.CLAIM),
    /** 代查勘已安排: an out-of-province proxy survey was arranged and the customer told of it. */
    PROXY_SURVEY_ARRANGED(CaseType.CLAIM),
    /** 收到索赔申请: the claim request (索赔申请书) and the documents then provided were received. */
    CLAIM_APPLICATION_RECEIVED(CaseType.CLAIM),
    /** 单证齐全: every document needed to settle the claim is in hand. */
    DOCUMENTS_COMPLETE(CaseType.CLAIM),
    /** 一次性补材通知发出: the one-time notice of missing documents (保险法第二十二条) was sent. */
    MISSING_DOCUMENTS_NOTICE_SENT(CaseType.CLAIM),
    /** 补材通知到达: that notice reached the claimant (司法解释二第十五条: the pause starts here). */
    MISSING_DOCUMENTS_NOTICE_RECEIVED(CaseType.CLAIM),
    /** 补充材料到达: the supplementary documents reached the insurer (the pause ends here). */
    SUPPLEMENTARY_DOCUMENTS_RECEIVED(CaseType.CLAIM),
    /** 初步审核完成: the first review of the documents received is done. */
    INITIAL_REVIEW_COMPLETED(CaseType.CLAIM),
    /** 认定为复杂案件: the claim was found complex (服务质量协议 1.2(3)); reported with the fact COMPLEX_CASE. */
    CLAIM_MARKED_COMPLEX(CaseType.CLAIM),
    /** 损失确认: the customer agreed the assessed loss (损失确认协议). */
    LOSS_AGREED(CaseType.CLAIM),
    /** 核定: the insurer decided the claim is covered (保险法第二十三条 核定). */
    CLAIM_DECIDED(CaseType.CLAIM),
    /** 拒赔决定: the insurer decided the claim is not covered (核定不属于保险责任). */
    CLAIM_DENIED(CaseType.CLAIM),
    /** 拒赔通知书发出: the denial notice with clauses and reasons was sent (保险法第二十四条). */
    DENIAL_NOTICE_SENT(CaseType.CLAIM),
    /** 核赔通过: the claim passed approval within the approver's authority. */
    CLAIM_APPROVED(CaseType.CLAIM),
    /** 核定结果通知: the claimant was told the decision (保险法第二十三条第一款 "应当将核定结果通知"). */
    DECISION_NOTIFIED(CaseType.CLAIM),
    /** 赔付协议: the insurer and the claimant agreed the amount to be paid. */
    SETTLEMENT_AGREED(CaseType.CLAIM),
    /** 先予支付: the amount that can already be determined was paid in advance (保险法第二十五条). */
    ADVANCE_PAID(CaseType.CLAIM),
    /** 支付赔款: the indemnity was paid (bank transfer confirmed). */
    PAYMENT_MADE(CaseType.CLAIM),
    /** 结案: the claim was closed (审结). */
    CLAIM_CLOSED(CaseType.CLAIM),
    /** 回访完成: the callback after payment was made, or the customer was finally found unreachable. */
    CLAIM_CALLBACK_COMPLETED(CaseType.CLAIM),
    /** 重开: a closed claim was reopened with a reason; repeatable standards start again. */
    CLAIM_REOPENED(CaseType.CLAIM),
    /** 撤案: the claimant withdrew the claim; its clocks are cancelled. */
    CLAIM_WITHDRAWN(CaseType.CLAIM),

    // Complaints (投诉)

    /** 收到投诉: the complaint reached the insurer through any channel, relayed ones included. */
    COMPLAINT_RECEIVED(CaseType.COMPLAINT),
    /** 投诉登记: the complaint register entry was completed (浙江规范第八章 3.4 《客户投诉登记表》). */
    COMPLAINT_REGISTERED(CaseType.COMPLAINT),
    /** 转办: the complaint was passed to the handling department and a named handler (第八章 3.4; 服务质量协议 5.2). */
    COMPLAINT_ASSIGNED(CaseType.COMPLAINT),
    /** 初步响应: a first response or a handling opinion (处理意见) was given to the complainant. */
    COMPLAINT_FIRST_RESPONSE(CaseType.COMPLAINT),
    /** 反馈监管/协会: case details and causes were reported back to the relaying regulator or association. */
    RELAYED_COMPLAINT_FEEDBACK_SENT(CaseType.COMPLAINT),
    /** 监管/协会了解情况: the regulator or association asked the insurer about a complaint it handles (第八章 3.3). */
    RELAYED_INFORMATION_REQUESTED(CaseType.COMPLAINT),
    /** 处理决定: the decision was made and the complainant told (投诉办法第十八条). */
    COMPLAINT_DECIDED(CaseType.COMPLAINT),
    /** 鉴定开始: external appraisal, testing or evaluation began (not counted, 投诉办法第十八条 ¶2). */
    APPRAISAL_STARTED(CaseType.COMPLAINT),
    /** 鉴定结束: the external appraisal ended; counting resumes. */
    APPRAISAL_ENDED(CaseType.COMPLAINT),
    /** 调解开始: mediation was applied for (not counted, 投诉办法第二十三条). */
    MEDIATION_STARTED(CaseType.COMPLAINT),
    /** 调解结束: the mediation ended; counting resumes. */
    MEDIATION_ENDED(CaseType.COMPLAINT),
    /** 新的事实和理由: new facts and reasons arrived; the limit counts anew (投诉办法第十八条 ¶3). */
    COMPLAINT_NEW_FACTS(CaseType.COMPLAINT),
    /** 撤回投诉: the complainant withdrew; the procedure ends that day (投诉办法第十五条). */
    COMPLAINT_WITHDRAWN(CaseType.COMPLAINT),
    /** 申请核查: a written request for review by the higher office arrived (投诉办法第二十条). */
    REVIEW_REQUESTED(CaseType.COMPLAINT),
    /** 核查决定: the review was decided and the complainant told. */
    REVIEW_DECIDED(CaseType.COMPLAINT),

    // Consultations (咨询)

    /** 收到咨询: a consultation arrived. */
    CONSULTATION_RECEIVED(CaseType.CONSULTATION),
    /** 咨询响应: the consultation was answered. */
    CONSULTATION_ANSWERED(CaseType.CONSULTATION),

    // Policies (保单)

    /** 出单: the policy was issued. */
    POLICY_ISSUED(CaseType.POLICY),
    /** 核保任务: an underwriting task reached the underwriter (浙江规范第六章 2.2). */
    UNDERWRITING_REQUESTED(CaseType.POLICY),
    /** 核保处理: the underwriter decided. */
    UNDERWRITING_DECIDED(CaseType.POLICY),
    /** 保单送达: the policy and the premium invoice reached the customer. */
    POLICY_DELIVERED(CaseType.POLICY),
    /**
     * 保单到期: the policy's expiry, reported when the policy is issued with the expiry instant as the
     * milestone's time; limits counted back from it end before it.
     */
    POLICY_EXPIRY_DUE(CaseType.POLICY, true),
    /** 续保提醒: the customer was reminded to renew. */
    RENEWAL_REMINDED(CaseType.POLICY),
    /** 保单终止: the policy was surrendered or cancelled; its pending clocks are cancelled. */
    POLICY_TERMINATED(CaseType.POLICY),

    // Endorsements (批改)

    /** 批改申请: a request to change the policy reached the insurer. */
    ENDORSEMENT_REQUESTED(CaseType.ENDORSEMENT),
    /** 说明批改材料: the applicant was told the materials and procedure (浙江规范第六章 2.3 一次性说明). */
    ENDORSEMENT_MATERIALS_EXPLAINED(CaseType.ENDORSEMENT),
    /** 批改完成: the change was made. */
    ENDORSEMENT_COMPLETED(CaseType.ENDORSEMENT),
    /** 批改撤回: the applicant withdrew the request. */
    ENDORSEMENT_WITHDRAWN(CaseType.ENDORSEMENT),

    // Hotline calls (热线来电)

    /** 来电振铃开始: an inbound call started ringing at the hotline. */
    HOTLINE_CALL_OFFERED(CaseType.HOTLINE_CALL),
    /** 振铃一声: one ring of an inbound call (reported by the telephony system). */
    HOTLINE_RING(CaseType.HOTLINE_CALL),
    /** 接听: an agent answered the call. */
    HOTLINE_CALL_ANSWERED(CaseType.HOTLINE_CALL),
    /** 来电放弃: the caller hung up before an answer. */
    HOTLINE_CALL_ABANDONED(CaseType.HOTLINE_CALL);

    private final CaseType caseType;
    private final boolean announced;

    Milestone(CaseType caseType) {
        this(caseType, false);
    }

    Milestone(CaseType caseType, boolean announced) {
        this.caseType = caseType;
        this.announced = announced;
    }

    /**
     * Whether the milestone is reported ahead of time, with the instant it will happen (保单到期 is
     * reported when the policy is issued); every other milestone is reported once it has happened.
     */
    public boolean announced() {
        return announced;
    }

    /** The case type whose owner reports this milestone. */
    public CaseType caseType() {
        return caseType;
    }
}
