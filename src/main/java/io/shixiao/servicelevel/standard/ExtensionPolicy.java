package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.calendar.PeriodUnit;

/**
 * Whether and how a limit may be extended, e.g. 投诉办法第十八条: 15 days, 30 when complex, another 30
 * with senior approval and notice to the complainant.
 *
 * @param allowed whether an extension is possible at all
 * @param steps how many extensions may be granted in turn
 * @param amount length of one extension
 * @param unit unit of that length
 * @param approverRole who approves (e.g. MANAGER of the city-level unit)
 * @param customerNoticeRequired whether the customer must be told
 * @param noticeWithinOriginalPeriod the notice must be given before the original deadline
 */
public record ExtensionPolicy(
    boolean allowed,
    int steps,
    long amount,
    PeriodUnit unit,
    String approverRole,
    boolean customerNoticeRequired,
    boolean noticeWithinOriginalPeriod) {

  public static ExtensionPolicy none() {
    return new ExtensionPolicy(false, 0, 0, null, null, false, false);
  }
}
