package io.shixiao.servicelevel.clock.domain;

/**
 * Who answers for a clock: the organisation unit whose data scope covers it (with its materialised
 * path, e.g. {@code /1/4/9/}, looked up by the engine) and the staff member handling the step, if
 * assigned. A hand-off changes the owner and keeps the clock running.
 */
public record ClockOwner(long orgUnitId, String orgPath, Long assigneeId) {}
