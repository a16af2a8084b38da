package io.shixiao.servicelevel.clock;

/**
 * Who answers for a clock: the insurer, the organisation unit whose data scope covers it (with its
 * materialised path, e.g. {@code /1/4/9/}) and the staff member handling the step, if assigned.
 */
public record ClockOwner(long insurerId, long orgUnitId, String orgPath, Long assigneeId) {}
