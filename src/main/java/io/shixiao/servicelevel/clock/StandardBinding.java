package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.standard.Applicability;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

/**
 * Whether a standard binds the case a start milestone is about, by its applicability conditions and
 * the facts the milestone carries. A condition on a fact the milestone does not carry does not bind:
 * a clock is started only where the case is known to fall under the standard.
 */
final class StandardBinding {

  private StandardBinding() {}

  static boolean binds(ServiceStandard standard, MilestoneReported milestone) {
    Applicability when = standard.appliesTo();
    return standard.kind() == ServiceStandard.Kind.CLOCK
        && standard.isEffectiveOn(milestone.at().atZone(ShanghaiTime.ZONE).toLocalDate())
        && when.caseType().equals(milestone.caseType())
        && isOneOf(when.productLines(), milestone.attribute(MilestoneReported.PRODUCT_LINE))
        && liesInRegion(when.regions(), milestone.attribute(MilestoneReported.REGION))
        && amountIsInBand(when, milestone.attribute(MilestoneReported.AMOUNT))
        && flagMatches(when.injuries(), milestone.attribute(MilestoneReported.INJURIES))
        && isOneOf(when.zoneKinds(), milestone.attribute(MilestoneReported.ZONE_KIND))
        && isOneOf(when.channels(), milestone.attribute(MilestoneReported.CHANNEL))
        && flagMatches(when.catastrophe(), milestone.attribute(MilestoneReported.CATASTROPHE));
  }

  /** The period's amount: the contract parameter where the milestone sets it, else the default. */
  static long amount(ServiceStandard standard, MilestoneReported milestone) {
    String parameter = standard.period().parameter();
    String value = parameter == null ? null : milestone.attribute(MilestoneReported.PARAMETER_PREFIX + parameter);
    return value == null ? standard.period().amount() : Long.parseLong(value.trim());
  }

  static boolean startsOn(ServiceStandard standard, String milestone) {
    return contains(standard.milestones().start(), milestone);
  }

  static boolean contains(Set<String> milestones, String milestone) {
    return milestones != null && milestones.contains(milestone);
  }

  private static boolean isOneOf(Collection<String> allowed, String value) {
    return allowed == null || allowed.isEmpty() || (value != null && allowed.contains(value));
  }

  private static boolean liesInRegion(Collection<String> regions, String divisionCode) {
    return regions == null || regions.isEmpty()
        || (divisionCode != null && regions.stream().anyMatch(divisionCode::startsWith));
  }

  private static boolean flagMatches(Boolean required, String value) {
    return required == null || (value != null && required == Boolean.parseBoolean(value.trim()));
  }

  private static boolean amountIsInBand(Applicability when, String value) {
    if (when.minAmount() == null && when.maxAmount() == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    BigDecimal amount = new BigDecimal(value.trim());
    boolean aboveMin = when.minAmount() == null || amount.compareTo(when.minAmount()) >= 0;
    int toMax = when.maxAmount() == null ? -1 : amount.compareTo(when.maxAmount());
    return aboveMin && (toMax < 0 || (toMax == 0 && when.maxAmountInclusive()));
  }
}
