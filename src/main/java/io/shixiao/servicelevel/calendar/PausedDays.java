package io.shixiao.servicelevel.calendar;

/**
 * Which Asia/Shanghai dates a pause (a {@link Suspension}) leaves out of a day-based period. Elapsed
 * and service-hour periods leave out the paused time itself, whatever the rule.
 */
public enum PausedDays {
    /**
     * Every date from the pause's start date to its end date, both included: 司法解释二第十五条 "自保险人作出通知
     * 之日起至…有关证明和资料到达保险人之日止". The default.
     */
    BOTH_END_DAYS,
    /**
     * Only the whole days strictly between the pause's start date and its end date; the start day and the
     * end day are counted, since part of each could be worked. A pause that ends on the day it starts or the
     * next day leaves no day out. The reading that warns earlier where the text names no end days, e.g.
     * 投诉办法第十八条第二款 (鉴定、检测、评估 "相关期间可以不计入") and 第二十三条 ("调解期间不计入").
     */
    DAYS_BETWEEN
}
