package io.shixiao.duties.domain;

/** Where an occurrence of a recurring duty stands. */
public enum DutyStatus {
    /** Not done yet, not due yet. */
    OPEN,
    /** Not done by its due time; the owner still has to do it. */
    OVERDUE,
    /** Recorded done before its due time. */
    DONE,
    /** Recorded done after its due time. */
    DONE_LATE,
    /** An optional duty (可) not done by its due time: not a failure, not open any more. */
    LAPSED;

    /** Whether the occurrence still waits for its owner. */
    public boolean isOpen() {
        return this == OPEN || this == OVERDUE;
    }
}
