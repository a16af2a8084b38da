package io.shixiao.servicelevel.clock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The calendar arithmetic a clock needs: where a period that starts at an instant ends, and which
 * days of a calendar are working days. Implemented on top of {@code PeriodArithmetic}.
 */
public interface PeriodCalculator {

  /** The instant a period of {@code period} starting at {@code start} ends (exclusive). */
  Instant end(ClockPeriod period, Instant start);

  /** Whether {@code day} is a working day of the calendar. */
  boolean isWorkingDay(String calendarId, LocalDate day);
}
