package io.shixiao.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules and screens see of a clock.
 *
 * @param standardVersion the first day of the version of the standard the clock runs under
 * @param step the step of the case the standard binds, e.g. {@code CLAIM_PAYMENT}
 * @param title the standard's title, e.g. 达成协议后支付赔款
 * @param warnedPercent the highest warning threshold reached so far, 0 for none
 * @param lateStop the stop milestone was a back-dated entry (补录)
 * @param elapsedSeconds counted time so far (or until the stop), without paused intervals
 * @param cycle 1 for the first run of the standard on the case, 2… when a later start milestone started it again
 */
public record ClockView(
        UUID id,
        CaseRef caseRef,
        String standardCode,
        LocalDate standardVersion,
        String step,
        String title,
        ClockState state,
        long orgUnitId,
        String orgPath,
        @Nullable Long assigneeId,
        Instant startedAt,
        Instant deadline,
        @Nullable Instant pausedSince,
        int warnedPercent,
        @Nullable Instant breachFlaggedAt,
        @Nullable String breachReason,
        @Nullable Instant stoppedAt,
        boolean lateStop,
        long elapsedSeconds,
        int extensionsGranted,
        int cycle,
        int version) {

    /** Whether the clock still waits for its stop milestone (breached clocks included). */
    public boolean waitingForStop() {
        return state.isOpen() || (state == ClockState.BREACHED && stoppedAt == null);
    }
}
