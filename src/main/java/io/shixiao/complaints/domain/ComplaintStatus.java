package io.shixiao.complaints.domain;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** 已登记: the register entry (客户投诉登记表) is complete; no handler yet. */
    REGISTERED,
    /** 处理中: passed to a handling department and a named handler, who investigates (服务质量协议 5.2). */
    ASSIGNED,
    /** 已决定: the decision was made and the complainant told (投诉办法第十八条). */
    DECIDED,
    /** 已办结: closed with a written conclusion (浙江规范第八章 3.5). */
    CLOSED,
    /** 核查中: the complainant asked the higher office to review the decision (投诉办法第二十条). */
    UNDER_REVIEW,
    /** 已撤回: the complainant withdrew; the procedure ended that day (投诉办法第十五条). */
    WITHDRAWN;

    /** Whether the complaint still waits for a decision. */
    public boolean awaitsDecision() {
        return this == REGISTERED || this == ASSIGNED;
    }
}
