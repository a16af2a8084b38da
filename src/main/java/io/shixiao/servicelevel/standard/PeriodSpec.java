package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.PolicyTerm;
import io.shixiao.servicelevel.calendar.PausedDays;
import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.StandardCalendars;

/**
 * The length of a limit and how it is counted.
 *
 * @param amount the number of units; for a blank ({@code parameter}) the template's example, never used as
 *     a value, or 0 when the document gives none ({@code XXX个工作日}, 公司规定时效); 0 for a limit that exists only
 *     where the policy agrees one ({@code policyTerm})
 * @param unit how the units are counted; for a blank whose text names no unit (公司规定时效), the unit
 *     offered when the party sets its figure
 * @param parameter name of the contract parameter the party sets (the agreement's {@code [例如:10]}, the
 *     bid's {@code XXX个工作日}, a company's own figure); null when the text fixes the number
 * @param unitOpen whether the party also chooses the unit, because the text names none; otherwise a
 *     party sets the number only and the unit is the text's
 * @param policyTerm the policy's own agreed limit that replaces this one where the policy has it
 *     (保险法第二十三条第一款); null when a policy cannot agree otherwise
 * @param calendar calendar id, e.g. {@code CN}, {@code 24x7}
 * @param rollRestDay 民法典第二百零三条 roll of a rest-day last day; false where the text gives no room for it
 * @param endAtCloseOfBusiness the last day ends at close of business rather than 24:00 (203 ¶2)
 * @param pausedDays which dates a pause leaves out of a day-based period: both end days where the pause's text
 *     says "自…之日起至…之日止" (司法解释二第十五条, the default), only the days between them where it names no end
 *     days (the reading that warns earlier)
 */
public record PeriodSpec(
        long amount,
        PeriodUnit unit,
        String parameter,
        boolean unitOpen,
        PolicyTerm policyTerm,
        String calendar,
        boolean rollRestDay,
        boolean endAtCloseOfBusiness,
        PausedDays pausedDays) {

    /** How the period arithmetic ends this period's last day. */
    public PeriodRules rules() {
        return new PeriodRules(rollRestDay, endAtCloseOfBusiness);
    }

    /**
     * The same period with the number (and, where the text leaves it open, the unit) a party set. A party
     * that chooses days for a target the catalog counts round the clock means the statutory calendar's days:
     * on {@code 24x7} every day is a working day, so "one working day" would end on a holiday.
     */
    public PeriodSpec withAmount(long value, PeriodUnit chosenUnit) {
        PeriodUnit effective = unitOpen && chosenUnit != null ? chosenUnit : unit;
        String effectiveCalendar = effective.isDayBased() && StandardCalendars.ROUND_THE_CLOCK.equals(calendar)
                ? StandardCalendars.CN
                : calendar;
        return new PeriodSpec(
                value,
                effective,
                parameter,
                unitOpen,
                policyTerm,
                effectiveCalendar,
                rollRestDay && effective.isDayBased(),
                endAtCloseOfBusiness && effective.isDayBased(),
                pausedDays);
    }
}
