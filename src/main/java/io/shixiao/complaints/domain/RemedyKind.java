package io.shixiao.complaints.domain;

/** The remedies of 服务质量协议第五条 5.3. */
public enum RemedyKind {
    /** (1) 口头或书面解释、致歉. */
    EXPLANATION_AND_APOLOGY,
    /** (2) 免费补办相关手续. */
    FREE_REPROCESSING,
    /** (3) 在服务时效上给予优先处理. */
    PRIORITY_HANDLING,
    /** (4) 适当的精神或物质补偿: apology letter, gift or money; approved before it is offered. */
    COMPENSATION;

    /** Whether a manager approves the remedy before it is offered (compensation costs the insurer). */
    public boolean needsApproval() {
        return this == COMPENSATION;
    }
}
