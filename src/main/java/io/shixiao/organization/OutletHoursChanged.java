package io.shixiao.organization;

/**
 * An outlet opened, changed its weekly hours or closed: its business-hours calendar must follow.
 *
 * @param outletId the outlet
 * @param insurerId the insurer it belongs to
 * @param open whether it still serves customers
 */
public record OutletHoursChanged(long outletId, long insurerId, boolean open) {}
