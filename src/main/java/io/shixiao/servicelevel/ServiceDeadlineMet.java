package io.shixiao.servicelevel;

import java.time.Instant;

/**
 * A clock's stop milestone arrived: in time ({@code onTime}) or late, after a breach.
 *
 * @param elapsedSeconds counted time from start to stop, without paused intervals
 * @param lateEntry the stop was recorded as a back-dated entry (补录)
 */
public record ServiceDeadlineMet(
        ClockRef clock, Instant deadline, Instant stoppedAt, boolean onTime, long elapsedSeconds, boolean lateEntry) {}
