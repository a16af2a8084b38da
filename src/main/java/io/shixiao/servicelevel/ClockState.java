package io.shixiao.servicelevel;

/** Where a clock stands. */
public enum ClockState {
    /** Counting towards the deadline. */
    RUNNING,
    /** Not counting: a pause milestone arrived (missing documents awaited, appraisal, mediation). */
    PAUSED,
    /** The stop milestone arrived, and was recorded, before the deadline. */
    MET,
    /** The deadline passed before the stop milestone was recorded; the clock keeps the time it took once stopped. */
    BREACHED,
    /** The case no longer needs the step (withdrawn, no site survey needed), or an administrator voided it. */
    CANCELLED;

    /** Whether the clock still waits for its stop milestone. */
    public boolean isOpen() {
        return this == RUNNING || this == PAUSED;
    }
}
