package io.shixiao.servicelevel.calendarsource;

import java.time.Instant;

/**
 * A year of the statutory schedule as currently served.
 *
 * @param year the year
 * @param source where it was read from
 * @param origin the file name
 * @param holidays the number of holidays in the year
 * @param adjustedWorkdays the number of adjusted working days (调休上班) in the year
 * @param since when the source was written (file time or upload time; the epoch for packaged data)
 */
public record LoadedYear(
        int year, ScheduleSource source, String origin, int holidays, int adjustedWorkdays, Instant since) {}
