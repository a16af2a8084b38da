package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.ExtensionPolicy;

/** What a clock's standard allows by way of extension, as the clock needs to know it. */
public record ExtensionRules(
    boolean allowed, int steps, long amount, PeriodUnit unit, boolean customerNoticeRequired, boolean noticeWithinOriginalPeriod) {

  public static ExtensionRules of(ExtensionPolicy policy) {
    return policy == null
        ? new ExtensionRules(false, 0, 0, null, false, false)
        : new ExtensionRules(policy.allowed(), policy.steps(), policy.amount(), policy.unit(),
            policy.customerNoticeRequired(), policy.noticeWithinOriginalPeriod());
  }
}
