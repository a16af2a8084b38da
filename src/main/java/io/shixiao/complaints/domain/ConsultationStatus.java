package io.shixiao.complaints.domain;

/** Where a consultation stands. */
public enum ConsultationStatus {
    /** 待答复: received, not yet answered. */
    OPEN,
    /** 已答复: answered (服务质量协议 1.2(1)). */
    ANSWERED,
    /** 已转投诉: taken up as a complaint without retyping; the complaint's clocks run from then. */
    CONVERTED
}
