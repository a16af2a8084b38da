package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import java.util.Map;
import java.util.Set;

/**
 * The milestones that drive a standard's clock. Within each set any one milestone suffices: the first
 * start milestone reported while the case meets the standard's applicability starts the clock, the
 * first stop milestone meets it.
 *
 * @param start starts the clock, e.g. {@code CLAIM_REPORTED}
 * @param stop meets the limit, e.g. {@code SURVEYOR_DISPATCHED}
 * @param pause suspends counting, e.g. {@code MISSING_DOCUMENTS_NOTICE_RECEIVED}
 * @param resume resumes counting, e.g. {@code SUPPLEMENTARY_DOCUMENTS_RECEIVED}
 * @param restart starts counting anew from the milestone, e.g. new facts in a complaint
 * @param cancel withdraws the case, e.g. {@code COMPLAINT_WITHDRAWN}
 * @param countFrom where the period counts from when the clock starts on a later milestone: the first
 *     recorded occurrence of this milestone on the case (浙江规范 2.7.1 "自收到…索赔申请书时日起" once the
 *     documents are complete); the pauses and resumptions recorded since then are applied; null to count
 *     from the start milestone itself
 * @param requiredFacts facts a milestone must carry to act on this clock (投诉办法第十八条第二款: an
 *     appraisal is left out of the period only once the complainant is told)
 */
public record Milestones(
        Set<Milestone> start,
        Set<Milestone> stop,
        Set<Milestone> pause,
        Set<Milestone> resume,
        Set<Milestone> restart,
        Set<Milestone> cancel,
        Milestone countFrom,
        Map<Milestone, Set<Fact>> requiredFacts) {

    public Milestones {
        start = Set.copyOf(start);
        stop = Set.copyOf(stop);
        pause = Set.copyOf(pause);
        resume = Set.copyOf(resume);
        restart = Set.copyOf(restart);
        cancel = Set.copyOf(cancel);
        requiredFacts = Map.copyOf(requiredFacts);
    }

    /** Whether the milestone plays any part in this standard's clock. */
    public boolean mentions(Milestone milestone) {
        return start.contains(milestone)
                || stop.contains(milestone)
                || pause.contains(milestone)
                || resume.contains(milestone)
                || restart.contains(milestone)
                || cancel.contains(milestone)
                || milestone == countFrom;
    }

    /** The facts {@code milestone} must carry to act on the clock; empty when it needs none. */
    public Set<Fact> factsRequiredBy(Milestone milestone) {
        return requiredFacts.getOrDefault(milestone, Set.of());
    }
}
