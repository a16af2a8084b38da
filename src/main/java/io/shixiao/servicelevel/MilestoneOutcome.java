package io.shixiao.servicelevel;

import java.util.List;

/**
 * What a milestone did.
 *
 * @param duplicate the same (case, milestone, instant) had been reported before; nothing was done
 * @param clocks the clocks the milestone started or changed
 * @param ignored transitions the clocks' states refused, each naming the state (e.g. a stop of a
 *     clock that was already met)
 */
public record MilestoneOutcome(boolean duplicate, List<ClockView> clocks, List<String> ignored) {}
