package io.shixiao.servicelevel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a period counted in days ends.
 *
 * @param lastDay the last day of the period, after any rest-day roll
 * @param end 24:00 of the last day (00:00 of the next day, Asia/Shanghai)
 * @param provisional whether a year without a published holiday schedule was counted with weekends
 *     only, so the day may move once the State Council publishes it
 */
public record DayPeriodEnd(LocalDate lastDay, Instant end, boolean provisional) {}
