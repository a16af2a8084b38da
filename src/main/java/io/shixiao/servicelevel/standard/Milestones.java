package io.shixiao.servicelevel.standard;

import java.util.Set;

/**
 * The milestones (reported by the modules that own the cases) that drive a standard's clock, as
 * {@link io.shixiao.servicelevel.Milestone} names. Within each set any one milestone suffices: the
 * first start milestone reported while the case meets the standard's applicability starts the clock,
 * the first stop milestone meets it.
 *
 * @param start starts the clock, e.g. {@code CLAIM_REPORTED}
 * @param stop meets the limit, e.g. {@code SURVEYOR_DISPATCHED}
 * @param pause suspends counting, e.g. {@code MISSING_DOCUMENTS_NOTICE_RECEIVED}
 * @param resume resumes counting, e.g. {@code SUPPLEMENTARY_DOCUMENTS_RECEIVED}
 * @param restart starts counting anew from the milestone, e.g. new facts in a complaint
 * @param cancel withdraws the case, e.g. {@code COMPLAINT_WITHDRAWN}
 */
public record Milestones(
        Set<String> start,
        Set<String> stop,
        Set<String> pause,
        Set<String> resume,
        Set<String> restart,
        Set<String> cancel) {

    /** Whether the milestone plays any part in this standard's clock. */
    public boolean mentions(String milestone) {
        return start.contains(milestone)
                || stop.contains(milestone)
                || pause.contains(milestone)
                || resume.contains(milestone)
                || restart.contains(milestone)
                || cancel.contains(milestone);
    }
}
