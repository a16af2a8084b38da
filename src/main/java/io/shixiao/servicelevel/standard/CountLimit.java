package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.Milestone;

/**
 * The limit of a {@link ServiceStandard.Kind#COUNT} standard: how often a milestone may occur
 * between the standard's start and stop milestones, and what happens beyond.
 *
 * @param counted the milestone counted, e.g. {@code MISSING_DOCUMENTS_NOTICE_SENT}
 * @param maximum the most occurrences that still comply (保险法第二十二条 一次性: 1; 铃响三声内: 3)
 * @param beyond what an occurrence beyond the maximum means
 */
public record CountLimit(Milestone counted, int maximum, Beyond beyond) {

    /** What an occurrence beyond the maximum means. */
    public enum Beyond {
        /** The rule is broken; the count is flagged and escalated (a fourth ring before an answer). */
        BREACH,
        /**
         * It is refused unless it carries a recorded reason, and allowed with one (a later notice of
         * missing documents only for items first made necessary by new facts, 保险法第二十二条).
         */
        NEEDS_REASON
    }
}
