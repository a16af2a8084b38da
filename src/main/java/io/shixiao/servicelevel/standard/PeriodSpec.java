package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.calendar.PeriodRules;
import io.shixiao.servicelevel.calendar.PeriodUnit;

/**
 * The length of a limit and how it is counted.
 *
 * @param amount the number of units, or the default when {@code parameter} names a contract blank (0
 *     when the contract leaves the blank without an example, as the bid's {@code XXX个工作日})
 * @param parameter name of the contract parameter that overrides {@code amount} per insurer or
 *     scheme (the agreement's {@code [例如:10]}, the bid's {@code XXX个工作日}); null when fixed
 * @param calendar calendar id, e.g. {@code CN}, {@code 24x7}
 * @param rollRestDay 民法典第二百零三条 roll of a rest-day last day; false where 204 (另有约定) applies
 * @param endAtCloseOfBusiness the last day ends at close of business rather than 24:00 (203 ¶2)
 */
public record PeriodSpec(
        long amount,
        PeriodUnit unit,
        String parameter,
        String calendar,
        boolean rollRestDay,
        boolean endAtCloseOfBusiness) {

    /** How the period arithmetic ends this period's last day. */
    public PeriodRules rules() {
        return new PeriodRules(rollRestDay, endAtCloseOfBusiness);
    }
}
