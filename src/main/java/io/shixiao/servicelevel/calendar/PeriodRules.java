package io.shixiao.servicelevel.calendar;

/**
 * How a standard ends a day-based period.
 *
 * @param rollRestDay whether a last day that is a rest day moves to the next working day
 *     (民法典第二百零三条); a standard may switch it off (第二百零四条: 另有约定)
 * @param endAtCloseOfBusiness whether the period ends at the close of business of its last day
 *     rather than at 24:00, where the calendar names business hours (第二百零三条第二款)
 */
public record PeriodRules(boolean rollRestDay, boolean endAtCloseOfBusiness) {

    private static final PeriodRules CIVIL_CODE = new PeriodRules(true, false);

    /** The Civil Code's default: roll a rest-day last day, end at 24:00. */
    public static PeriodRules civilCode() {
        return CIVIL_CODE;
    }
}
