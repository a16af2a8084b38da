package io.shixiao.servicelevel.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One time limit of the catalog, as data: where it comes from (the quoted clause), which cases it
 * binds, which milestones start, pause, resume and stop its clock, how long it runs, when to warn,
 * whom to escalate to, whether and how it may be extended, and the remedy owed on breach.
 *
 * @param code stable identifier, e.g. {@code LAW-23-DECIDE}
 * @param kind a running clock, or a count rule such as the one-time notice of 保险法第二十二条
 * @param appliesTo the case type and the conditions a case must meet
 * @param period the length of the limit; its amount may be a contract parameter
 * @param effectiveFrom first day the standard binds (inclusive)
 * @param effectiveTo last day it binds (inclusive), or null while in force
 */
public record ServiceStandard(
    String code,
    String title,
    Kind kind,
    Source source,
    Applicability appliesTo,
    Milestones milestones,
    PeriodSpec period,
    List<WarningThreshold> warnings,
    Set<String> escalationRoles,
    ExtensionPolicy extension,
    String remedy,
    LocalDate effectiveFrom,
    LocalDate effectiveTo) {

  /** What sort of rule the standard is. */
  public enum Kind {
    /** A deadline tracked by a clock. */
    CLOCK,
    /** A rule on how often something may happen (e.g. missing documents notified only once). */
    COUNT
  }

  /** Whether the standard binds on the given day. */
  public boolean isEffectiveOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
  }
}
