package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.shared.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One time limit of the catalog, as data: where it comes from (the quoted clause), which cases it
 * binds, which milestones start, pause, resume and stop its clock, how long it runs, when to warn,
 * whom to escalate to, whether and how it may be extended, and the remedy owed on breach.
 *
 * <p>Several standards may bind one step of a case (the law and a company pledge on the same
 * payment): they share {@code bindsStep}, all of them are tracked, and the earliest deadline
 * governs what the case shows.
 *
 * @param code stable identifier, e.g. {@code LAW-23-DECIDE}; versions of one code have disjoint
 *     effective dates, and a version is named by its {@code effectiveFrom}
 * @param kind a running clock, or a count rule such as the one-time notice of 保险法第二十二条
 * @param bindsStep the step of the case the limit is about, e.g. {@code CLAIM_PAYMENT}
 * @param contractParty who must have the document in force (and set its blanks) for the standard to
 *     bind: an insurer for the service agreement or a company's own targets, a scheme for the bid;
 *     null for laws, regulations and norms, which bind every case they describe
 * @param appliesTo the case type and the conditions a case must meet
 * @param period the length of the limit, its amount possibly a contract parameter; null for COUNT
 * @param direction whether the deadline lies after the start milestone or before it
 * @param countLimit the limit of a COUNT standard; null for CLOCK
 * @param repeatable a start milestone arriving after the clock stopped starts it again, as a new cycle
 *     (a regulator's second request for information on the same complaint)
 * @param remedies what is owed on breach, as kinds
 * @param remedy the same in words, citing where it comes from
 * @param note the reading the catalog takes of the text and why, where the text leaves room
 * @param effectiveFrom first day the standard binds (inclusive)
 * @param effectiveTo last day it binds (inclusive), or null while in force
 * @param effectiveFromBasis how {@code effectiveFrom} was established, where it is an assumption
 */
public record ServiceStandard(
        String code,
        String title,
        Kind kind,
        String bindsStep,
        Source source,
        ContractParty.Type contractParty,
        Applicability appliesTo,
        Milestones milestones,
        PeriodSpec period,
        Direction direction,
        CountLimit countLimit,
        List<WarningThreshold> warnings,
        Set<Role> escalationRoles,
        ExtensionPolicy extension,
        boolean repeatable,
        Set<Remedy> remedies,
        String remedy,
        String note,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String effectiveFromBasis) {

    /** What sort of rule the standard is. */
    public enum Kind {
        /** A deadline tracked by a clock. */
        CLOCK,
        /** A rule on how often something may happen (e.g. missing documents notified only once). */
        COUNT
    }

    /** Where the deadline lies relative to the start milestone's instant. */
    public enum Direction {
        /** The period runs forward from the start milestone (the usual case). */
        AFTER_START,
        /**
         * The period is counted back from the start milestone, whose instant lies in the future: the
         * step must be done at least that long before it (续保提醒在保单到期前30天完成). No rest-day roll.
         */
        BEFORE_START
    }

    /** Whether the standard binds on the given day. */
    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether the period's amount is a blank the contract party fills in. */
    public boolean hasContractParameter() {
        return period != null && period.parameter() != null;
    }

    /** Whether {@code milestone} starts this standard's clock or count. */
    public boolean startsOn(Milestone milestone) {
        return milestones.start().contains(milestone);
    }

    /** The roles warned when {@code percent} of the time is used. */
    public Set<Role> rolesWarnedAt(int percent) {
        return warnings.stream()
                .filter(w -> w.elapsedPercent() == percent)
                .findFirst()
                .map(WarningThreshold::notifyRoles)
                .orElse(Set.of());
    }

    /** Whom a breach goes to: the standard's roles, or the unit's manager where it names none. */
    public Set<Role> breachEscalation() {
        return escalationRoles.isEmpty() ? Set.of(Role.MANAGER) : escalationRoles;
    }
}
