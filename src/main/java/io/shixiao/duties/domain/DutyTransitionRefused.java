package io.shixiao.duties.domain;

/** A change the occurrence's state does not allow; the message names the current state. */
public class DutyTransitionRefused extends RuntimeException {

    private final DutyStatus status;

    public DutyTransitionRefused(DutyStatus status, String message) {
        super(message);
        this.status = status;
    }

    public DutyStatus status() {
        return status;
    }
}
