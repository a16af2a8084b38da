package io.shixiao.servicelevel;

/**
 * How many clocks stand where, within one data scope: the figures of a dashboard.
 *
 * @param running counting towards their deadline
 * @param atRisk running and past their first warning threshold
 * @param paused suspended (documents awaited, appraisal, mediation)
 * @param breachedOpen past their deadline and still not stopped
 * @param breachedUnacknowledged breached without a recorded reason
 */
public record ClockCounts(long running, long atRisk, long paused, long breachedOpen, long breachedUnacknowledged) {}
