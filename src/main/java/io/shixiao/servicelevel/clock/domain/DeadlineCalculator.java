package io.shixiao.servicelevel.clock.domain;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import io.shixiao.servicelevel.calendar.Suspension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a clock's deadline lies, given its start, its paused intervals and its extensions: the one
 * place that turns a period into a deadline ({@link PeriodArithmetic} on the clock's calendar);
 * every transition that moves a deadline asks it, always from the original start with the full list
 * of pauses, so that recomputing is exact and idempotent.
 *
 * <ul>
 *   <li><b>Minutes and hours</b> (民法典第二百零一条第二款): the paused duration is added; for service
 *       hours the paused service time.
 *   <li><b>Day-based units</b> (calendar days, working days, months): the deadline is computed again
 *       from the start with the paused days left out, as the standard's {@link ClockPeriod#pausedDays()}
 *       says. 司法解释二第十五条 excludes whole days, "自通知到达之日起至补充资料到达之日止" (both days
 *       included); 投诉办法第十八条第二款 (鉴定、检测、评估 "相关期间可以不计入") and 第二十三条 (调解期间不计入)
 *       name no end days, and the catalog takes the reading that warns earlier: only the days strictly
 *       between the pause's start and end days are left out. A paused day cannot be the last day.
 *   <li><b>Extensions</b> in the period's own unit lengthen the period (投诉办法第十八条: 15 days, "可以延长至
 *       30日"); an extension in another unit is counted on from the deadline it extends.
 * </ul>
 */
public final class DeadlineCalculator {

    private final CalendarRegistry calendars;

    public DeadlineCalculator(CalendarRegistry calendars) {
        this.calendars = calendars;
    }

    /**
     * The deadline of a clock counted back from {@code anchor} (续保提醒在保单到期前N天完成): the anchor is the end
     * of cover, e.g. 2027-07-01T00:00 for a policy that ends 2027-06-30 二十四时; its last day less N−1 days is
     * the first day too late, so with N = 30 the reminder is due by the end of 2027-05-31, thirty days before
     * the last day of cover. No rest-day roll: rolling forward would fall inside the N days.
     */
    public Instant deadlineBefore(ClockPeriod period, Instant anchor) {
        LocalDate lastDayOfCover =
                anchor.minusNanos(1).atZone(PeriodArithmetic.SHANGHAI).toLocalDate();
        return lastDayOfCover
                .minusDays(period.amount() - 1)
                .atStartOfDay(PeriodArithmetic.SHANGHAI)
                .toInstant();
    }

    /** The deadline of a clock that started at {@code start}. */
    public Instant deadline(
            ClockPeriod period, Instant start, List<PausedInterval> pauses, List<Extension> extensions) {
        ServiceCalendar calendar = calendars.get(period.calendarId());
        PeriodRules rules = new PeriodRules(period.rollRestDay(), period.endAtCloseOfBusiness());
        long sameUnit = extensions.stream()
                .filter(e -> e.unit() == period.unit())
                .mapToLong(Extension::amount)
                .sum();
        List<Suspension> suspensions = pauses.stream()
                .map(p -> new Suspension(
                        p.from().atZone(PeriodArithmetic.SHANGHAI),
                        p.to().atZone(PeriodArithmetic.SHANGHAI),
                        period.pausedDays()))
                .toList();
        Instant deadline = PeriodArithmetic.deadline(
                        calendar,
                        start.atZone(PeriodArithmetic.SHANGHAI),
                        period.amount() + sameUnit,
                        period.unit(),
                        rules,
                        suspensions)
                .end()
                .toInstant();
        for (Extension extension : extensions) {
            if (extension.amount() == 0) {
                // 浙江规范第七章 2.7.1 适当延长: the approver named the new deadline.
                deadline = extension.newDeadline().isAfter(deadline) ? extension.newDeadline() : deadline;
            } else if (extension.unit() != period.unit()) {
                // A day-based extension counts from the last day of the period it extends, not from the day after it.
                Instant from = extension.unit().isDayBased() ? deadline.minusNanos(1) : deadline;
                deadline = PeriodArithmetic.deadline(
                                calendar,
                                from.atZone(PeriodArithmetic.SHANGHAI),
                                extension.amount(),
                                extension.unit(),
                                rules)
                        .end()
                        .toInstant();
            }
        }
        return deadline;
    }

    /** Whether the calendar is known; a standard on an unknown calendar cannot start a clock. */
    public boolean knows(String calendarId) {
        return calendars.find(calendarId).isPresent();
    }
}
