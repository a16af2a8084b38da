package io.shixiao.servicelevel;

import io.shixiao.shared.security.DataScope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The service-level engine as other modules use it: report milestones, read a case's deadlines,
 * extend, hand off, acknowledge a breach, void a clock recorded in error. Deadlines are never
 * computed outside it.
 *
 * <p><b>Transactions.</b> Every method that writes joins the caller's transaction when there is one, so
 * that a claim step and its clocks commit or roll back together; a conflicting change by another node
 * then surfaces as {@link org.springframework.dao.OptimisticLockingFailureException} for the caller to
 * retry whole. Without a caller's transaction the engine runs its own and retries such a conflict
 * itself.
 */
public interface ServiceClocks {

    /**
     * Acts on the case's clocks and counts as the standards bound to the milestone say; idempotent. For
     * a caller trusted with the whole platform (a module acting for a user it already authorised).
     *
     * @throws io.shixiao.shared.problem.InvalidInputException naming the field when the report breaks a
     *     rule (milestone of another case type, unknown unit or assignee, future instant, back-dated
     *     entry without reason)
     * @throws io.shixiao.shared.problem.ConflictException when a count rule refuses a repeat without reason
     */
    MilestoneOutcome report(ReportMilestone command);

    /** As {@link #report(ReportMilestone)}, for a caller who sees only {@code scope}: the owner must lie in it. */
    MilestoneOutcome report(ReportMilestone command, DataScope scope);

    /** Every time limit on one case, governing deadline first per step. */
    CaseDeadlines deadlinesOf(CaseRef caseRef);

    /** The time limits of many cases at once, for lists with deadline badges; cases without clocks are absent. */
    Map<CaseRef, CaseDeadlines> deadlinesOf(Collection<CaseRef> caseRefs);

    /** The clocks of one case, earliest deadline first. */
    List<ClockView> clocksOf(CaseRef caseRef);

    Optional<ClockView> find(UUID clockId);

    /**
     * Grants the next extension of the clock's standard. The approver must hold the role the standard
     * names for that step (none: the handler may extend alone) and see the clock.
     */
    ClockView extend(UUID clockId, ExtendClock request, Approver approver);

    /**
     * Hands a case to another unit or handler (异地 hand-off, 改派): every open clock keeps its start and
     * deadline and changes owner; the timeline shows the hand-off.
     */
    List<ClockView> reassign(CaseRef caseRef, CaseOwner newOwner, Instant at, String reason);

    /** The clocks by state within {@code scope}; an association sees the totals of its members. */
    ClockCounts counts(DataScope scope);

    /** Records why a breach happened. */
    ClockView acknowledgeBreach(UUID clockId, String reason, String by);

    /**
     * An administrator voids a clock recorded in error, whatever its state: it stops binding and leaves the
     * compliance statistics; the timeline keeps it.
     */
    ClockView voidClock(UUID clockId, String reason, String by);
}
