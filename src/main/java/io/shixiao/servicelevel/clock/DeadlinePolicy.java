package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a clock's deadline lies, given its start, its paused intervals and its extensions. The one
 * place that turns a period into a deadline; every transition that moves a deadline asks it.
 *
 * <ul>
 *   <li><b>Time-based units</b> (minutes, hours, service hours — 民法典第二百零一条第二款): the paused
 *       duration is added to the deadline, to the second.
 *   <li><b>Day-based units</b> (calendar days, working days, months): the deadline is computed again
 *       from the start with the paused days left out. 司法解释二第十五条 excludes whole days, "自通知到达之日起
 *       至补充资料到达之日止" (both days included); 投诉办法第十八条第二款 (鉴定、检测、评估) and 第二十三条
 *       (调解期间) likewise leave those days out of the limit. The start day itself is never counted
 *       (民法典第二百零一条), so a pause on it excludes nothing more. Calendar days and months are
 *       lengthened by the excluded dates; working days by the excluded dates that are working days.
 *   <li><b>Extensions</b> in the period's own unit lengthen the period (15 → 30 days of 投诉办法第十八条);
 *       an extension in another unit is counted on from the deadline it extends.
 * </ul>
 */
public final class DeadlinePolicy {

  private final PeriodCalculator calculator;

  public DeadlinePolicy(PeriodCalculator calculator) {
    this.calculator = calculator;
  }

  /** The deadline of a clock that started at {@code start}. */
  public Instant deadline(ClockPeriod period, Instant start, List<PausedInterval> pauses, List<Extension> extensions) {
    long sameUnit = extensions.stream().filter(e -> e.unit() == period.unit()).mapToLong(Extension::amount).sum();
    ClockPeriod lengthened = period.plus(sameUnit);
    Instant deadline = period.unit().isDayBased()
        ? dayBasedDeadline(lengthened, start, pauses)
        : calculator.end(lengthened, start).plus(pausedDuration(pauses));
    for (Extension extension : extensions) {
      if (extension.unit() != period.unit()) {
        ClockPeriod more = new ClockPeriod(
            extension.amount(), extension.unit(), period.calendarId(), period.rollRestDay(), period.endAtCloseOfBusiness());
        // A day-based extension counts from the last day of the period it extends, not the day after it.
        Instant from = more.unit().isDayBased() ? deadline.minusNanos(1) : deadline;
        deadline = calculator.end(more, from);
      }
    }
    return deadline;
  }

  private Instant dayBasedDeadline(ClockPeriod period, Instant start, List<PausedInterval> pauses) {
    TreeSet<LocalDate> excluded = excludedDays(period, start, pauses);
    if (excluded.isEmpty()) {
      return calculator.end(period, start);
    }
    return switch (period.unit()) {
      case WORKING_DAYS, CALENDAR_DAYS -> calculator.end(period.plus(excluded.size()), start);
      // A month has no fixed number of days: count the months from a start moved by the excluded days.
      default -> calculator.end(period, start.plus(Duration.ofDays(excluded.size())));
    };
  }

  private TreeSet<LocalDate> excludedDays(ClockPeriod period, Instant start, List<PausedInterval> pauses) {
    LocalDate startDay = day(start);
    TreeSet<LocalDate> days = new TreeSet<>();
    for (PausedInterval pause : pauses) {
      LocalDate last = day(pause.to());
      for (LocalDate day = day(pause.from()); !day.isAfter(last); day = day.plusDays(1)) {
        boolean counts = period.unit() != PeriodUnit.WORKING_DAYS
            || calculator.isWorkingDay(period.calendarId(), day);
        if (day.isAfter(startDay) && counts) {
          days.add(day);
        }
      }
    }
    return days;
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(ShanghaiTime.ZONE).toLocalDate();
  }

  private static Duration pausedDuration(List<PausedInterval> pauses) {
    return pauses.stream().map(PausedInterval::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
