package io.shixiao.feedback.domain;

/** What one call or message achieved. */
public enum AttemptOutcome {
    /** 接通: the customer was reached; the answers follow. */
    REACHED,
    /** 无人接听. */
    NO_ANSWER,
    /** 占线. */
    BUSY,
    /** 号码错误: counts as a failed attempt. */
    WRONG_NUMBER,
    /** 拒绝回访: reached, but declined the survey; the task ends unreachable for the survey. */
    REFUSED;

    public boolean reached() {
        return this == REACHED;
    }
}
