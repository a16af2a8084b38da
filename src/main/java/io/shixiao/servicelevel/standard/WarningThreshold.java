package io.shixiao.servicelevel.standard;

/**
 * When to warn before a deadline: at a share of the allowed time elapsed (e.g. 80 percent).
 *
 * @param elapsedPercent 1–99
 * @param notifyRoles who is warned, e.g. the handler's MANAGER
 */
public record WarningThreshold(int elapsedPercent, java.util.Set<String> notifyRoles) {}
