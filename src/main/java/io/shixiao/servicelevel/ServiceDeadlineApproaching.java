package io.shixiao.servicelevel;

import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A running clock used {@code elapsedPercent} of its time; published once per warning threshold.
 *
 * @param notifyRoles the roles the standard says to warn at this threshold, within the clock's organisation unit
 */
public record ServiceDeadlineApproaching(
        ClockRef clock, int elapsedPercent, Set<Role> notifyRoles, Instant deadline, Instant detectedAt) {

    public ServiceDeadlineApproaching {
        notifyRoles = Set.copyOf(notifyRoles);
    }
}
