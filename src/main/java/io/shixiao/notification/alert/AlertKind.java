package io.shixiao.notification.alert;

/** What an alert is about. */
public enum AlertKind {
    /** A case's deadline is near: a warning threshold of its standard was reached. */
    DEADLINE_APPROACHING,
    /** A case's deadline passed before its step was done. */
    DEADLINE_BREACHED,
    /** A count rule was broken (one notice too many, a fourth ring). */
    COUNT_EXCEEDED,
    /** A recurring duty was not recorded done by its due day. */
    DUTY_OVERDUE
}
