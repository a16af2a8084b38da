package io.shixiao.servicelevel.standard;

import java.util.Set;

/**
 * When to warn before a deadline: at a share of the allowed time elapsed (e.g. 80 percent).
 *
 * @param elapsedPercent 1–99
 * @param notifyRoles who is warned, as {@link io.shixiao.shared.security.Role} names
 */
public record WarningThreshold(int elapsedPercent, Set<String> notifyRoles) {}
