package io.shixiao.servicelevel.standard;

import io.shixiao.shared.security.Role;
import java.util.Set;

/**
 * When to warn before a deadline: at a share of the allowed time elapsed (e.g. 80 percent).
 *
 * @param elapsedPercent 1–99
 * @param notifyRoles who is warned, within the clock's organisation unit
 */
public record WarningThreshold(int elapsedPercent, Set<Role> notifyRoles) {

    public WarningThreshold {
        notifyRoles = Set.copyOf(notifyRoles);
    }
}
