package io.shixiao.feedback.domain;

/** Where a callback task stands. */
public enum CallbackStatus {
    /** 待回访. */
    OPEN,
    /** 已回访: the customer answered the questionnaire. */
    COMPLETED,
    /** 无法联系: every attempt allowed failed. */
    UNREACHABLE
}
