package io.shixiao.notification.outbox;

/** Where a customer message stands in the outbox. */
public enum MessageStatus {
    /** Waiting for its first attempt, or for a retry after a failure. */
    PENDING,
    /** Accepted by the gateway. */
    SENT,
    /** Every attempt failed; given up. */
    FAILED,
    /** Never sendable: unknown template, a missing value, an invalid mobile number. */
    REJECTED
}
