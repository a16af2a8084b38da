package io.shixiao.servicelevel.standard;

/** What the insurer owes the customer when a standard is breached. */
public enum Remedy {
    /** 解释说明: an oral or written explanation (服务质量协议 5.3(1)). */
    EXPLANATION,
    /** 免费补办: redoing the procedure free of charge (5.3(2)). */
    FREE_REPROCESSING,
    /** 优先处理: priority in the time limits that follow (5.3(3)). */
    PRIORITY_HANDLING,
    /** 补偿: an apology letter, a small gift or other compensation (5.3(4)). */
    COMPENSATION,
    /** 赔偿损失: damages for the loss the delay caused (保险法第二十三条第二款, 服务质量协议 5.4). */
    DAMAGES;
}
