package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.shared.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * Whether and how a limit may be extended, as a ladder of steps granted in turn, e.g.
 * 投诉办法第十八条: 15 days, extended to 30 when complex, then another 30 with senior approval and
 * notice to the complainant.
 *
 * @param steps the extensions in the order they may be granted; empty when the limit is fixed
 */
public record ExtensionPolicy(List<Step> steps) {

    public ExtensionPolicy {
        steps = List.copyOf(steps);
    }

    public static ExtensionPolicy none() {
        return new ExtensionPolicy(List.of());
    }

    /** Whether an extension is possible at all. */
    public boolean allowed() {
        return !steps.isEmpty();
    }

    /** The step that would be granted after {@code granted} extensions, if the ladder has one. */
    public Optional<Step> next(int granted) {
        return granted < steps.size() ? Optional.of(steps.get(granted)) : Optional.empty();
    }

    /**
     * One extension.
     *
     * @param amount length added to the period; the deadline is counted again from the start with the
     *     period plus every step granted, so 15 days + 15 gives 延长至30日 without compounding a rest-day
     *     roll; 0 when the approver sets the new deadline (浙江规范 2.7.1 适当延长)
     * @param unit unit of that length, null when {@code amount} is 0
     * @param approverRole role that approves, or null when the handler may extend on their own
     * @param approverLevel which unit's holder of that role approves, e.g. 上级机构或总公司高级管理人员
     * @param customerNoticeRequired whether the customer must be told of the extension
     * @param noticeBeforeDeadline the notice must be given before the deadline being extended runs out
     * @param condition when the step may be taken, e.g. 情况复杂
     */
    public record Step(
            long amount,
            PeriodUnit unit,
            Role approverRole,
            String approverLevel,
            boolean customerNoticeRequired,
            boolean noticeBeforeDeadline,
            String condition) {

        /** Whether the approver names the new deadline rather than a length. */
        public boolean approverSetsDeadline() {
            return amount == 0;
        }

        /** Whether the case's handler may take this step without anyone's approval. */
        public boolean handlerMayExtend() {
            return approverRole == null;
        }
    }
}
