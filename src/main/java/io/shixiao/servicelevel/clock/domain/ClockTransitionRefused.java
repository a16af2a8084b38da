package io.shixiao.servicelevel.clock.domain;

/** A transition that the clock's current state does not allow; the message names that state. */
public class ClockTransitionRefused extends RuntimeException {

    public ClockTransitionRefused(String message) {
        super(message);
    }
}
