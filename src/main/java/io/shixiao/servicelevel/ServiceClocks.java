package io.shixiao.servicelevel;

import io.shixiao.shared.security.DataScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service-level engine as other modules use it: report milestones, read a case's clocks,
 * extend a clock, acknowledge a breach. Deadlines are never computed outside it.
 */
public interface ServiceClocks {

    /** Acts on the case's clocks as the standards bound to the milestone say; idempotent. */
    MilestoneOutcome report(MilestoneReported milestone);

    /** The clocks of one case, earliest deadline first. */
    List<ClockView> clocksOf(String caseType, String caseId);

    Optional<ClockView> find(UUID clockId);

    /** Grants an extension in the name of {@code approver}; the caller checked the approver's role. */
    ClockView extend(UUID clockId, ExtendClock request, String approver);

    /** The clocks by state within {@code scope}; an association sees the totals of its view. */
    ClockCounts counts(DataScope scope);

    /** Records why a breach happened. */
    ClockView acknowledgeBreach(UUID clockId, String reason, String by);
}
