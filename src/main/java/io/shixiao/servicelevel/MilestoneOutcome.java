package io.shixiao.servicelevel;

import java.util.List;

/**
 * What a milestone did.
 *
 * @param duplicate the same (case, milestone, instant) had been reported before; nothing was done, and the
 *     case's clocks and counts are returned as they stand
 * @param clocks the clocks the milestone started or changed
 * @param counts the count rules the milestone started or changed
 * @param ignored transitions the clocks' states refused, each naming the state (e.g. a stop of a clock
 *     that was already met)
 */
public record MilestoneOutcome(
        boolean duplicate, List<ClockView> clocks, List<CountView> counts, List<String> ignored) {

    public MilestoneOutcome {
        clocks = List.copyOf(clocks);
        counts = List.copyOf(counts);
        ignored = List.copyOf(ignored);
    }
}
