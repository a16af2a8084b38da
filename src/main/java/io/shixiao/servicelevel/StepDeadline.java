package io.shixiao.servicelevel;

import java.util.List;

/**
 * One step of a case and the clocks that bind it (the law and a company pledge may both bind a
 * payment). The governing clock is the one the case shows: the earliest deadline among those still
 * waiting for their stop, or else the earliest deadline of all.
 */
public record StepDeadline(String step, ClockView governing, List<ClockView> clocks) {

    public StepDeadline {
        clocks = List.copyOf(clocks);
    }
}
