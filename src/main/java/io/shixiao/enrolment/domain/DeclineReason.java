package io.shixiao.enrolment.domain;

/** Why a registered household is not enrolled this year: the coverage table's 未参保原因. */
public enum DeclineReason {
    /** 农户不愿参保. */
    REFUSED,
    /** 常年外出，联系不上. */
    AWAY,
    /** 房屋无人居住（不属保险标的, R03）. */
    UNINHABITED,
    /** 房屋正在建造（不属保险标的, R03）. */
    UNDER_CONSTRUCTION,
    /** 与他户未分家共同居住，已随他户参保 (R04). */
    JOINED_ANOTHER_HOUSEHOLD,
    /** 其他. */
    OTHER
}
