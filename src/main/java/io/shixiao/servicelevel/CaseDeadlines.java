package io.shixiao.servicelevel;

import java.util.List;
import java.util.Optional;

/** Every time limit on one case: its steps with their governing deadlines, and its count rules. */
public record CaseDeadlines(CaseRef caseRef, List<StepDeadline> steps, List<CountView> counts) {

    public CaseDeadlines {
        steps = List.copyOf(steps);
        counts = List.copyOf(counts);
    }

    public static CaseDeadlines none(CaseRef caseRef) {
        return new CaseDeadlines(caseRef, List.of(), List.of());
    }

    /** The deadline governing {@code step}, if a standard binds it on this case. */
    public Optional<StepDeadline> step(String step) {
        return steps.stream().filter(s -> s.step().equals(step)).findFirst();
    }

    /** Every clock of the case, steps in order of their governing deadline. */
    public List<ClockView> clocks() {
        return steps.stream().flatMap(s -> s.clocks().stream()).toList();
    }
}
