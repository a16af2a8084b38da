package io.shixiao.servicelevel.clock;

import io.shixiao.shared.time.ShanghaiTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stand-in calendar for domain tests: weekends are the only rest days, day-based periods end at
 * 24:00 of the last day, and a rest-day last day rolls to the next working day when the period says so.
 */
final class WeekendCalculator implements PeriodCalculator {

  @Override
  public Instant end(ClockPeriod period, Instant start) {
    LocalDate day = start.atZone(ShanghaiTime.ZONE).toLocalDate();
    LocalDate last;
    switch (period.unit()) {
      case MINUTES:
        return start.plus(Duration.ofMinutes(period.amount()));
      case HOURS, SERVICE_HOURS:
        return start.plus(Duration.ofHours(period.amount()));
      case CALENDAR_DAYS:
        last = day.plusDays(period.amount());
        break;
      case WORKING_DAYS:
        last = day;
        for (long counted = 0; counted < period.amount(); ) {
          last = last.plusDays(1);
          if (isWorkingDay(period.calendarId(), last)) {
            counted++;
          }
        }
        break;
      default:
        last = day.plusMonths(period.amount());
    }
    while (period.rollRestDay() && !isWorkingDay(period.calendarId(), last)) {
      last = last.plusDays(1);
    }
    return last.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
  }

  @Override
  public boolean isWorkingDay(String calendarId, LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
