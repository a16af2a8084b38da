package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import java.util.List;
import java.util.Optional;

/**
 * What a clock's standard allows by way of extension, as a ladder of steps granted in turn
 * (投诉办法第十八条: 15 → 30 days when complex, another 30 with senior approval and notice).
 */
public record ExtensionRules(List<Step> steps) {

    public ExtensionRules {
        steps = List.copyOf(steps);
    }

    /**
     * One rung of the ladder.
     *
     * @param amount length added; 0 when the approver sets the new deadline (浙江规范第七章 2.7.1 适当延长)
     * @param unit unit of {@code amount}, null when it is 0
     * @param approverRole the role that approves, or null when the handler may extend alone
     * @param customerNoticeRequired the customer must be told before the extension is granted
     * @param noticeBeforeDeadline that notice must precede the deadline being extended
     */
    public record Step(
            long amount,
            PeriodUnit unit,
            String approverRole,
            boolean customerNoticeRequired,
            boolean noticeBeforeDeadline) {

        /** Whether the approver names the new deadline rather than a length. */
        public boolean approverSetsDeadline() {
            return amount == 0;
        }
    }

    public static ExtensionRules of(ExtensionPolicy policy) {
        return new ExtensionRules(
                policy == null
                        ? List.of()
                        : policy.steps().stream()
                                .map(step -> new Step(
                                        step.amount(),
                                        step.unit(),
                                        step.approverRole(),
                                        step.customerNoticeRequired(),
                                        step.noticeBeforeDeadline()))
                                .toList());
    }

    public boolean allowed() {
        return !steps.isEmpty();
    }

    /** The step that would be granted after {@code granted} extensions, if the ladder has one. */
    public Optional<Step> next(int granted) {
        return granted < steps.size() ? Optional.of(steps.get(granted)) : Optional.empty();
    }
}
