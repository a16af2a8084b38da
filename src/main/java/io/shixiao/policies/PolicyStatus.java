package io.shixiao.policies;

/** Where a policy stands in its life; expiry is not a status but the end of the period. */
public enum PolicyStatus {
    /** 有效: issued; it covers events inside its period. */
    IN_FORCE,
    /** 已退保: the policyholder surrendered it; it covers nothing from the surrender's effective instant. */
    SURRENDERED
}
