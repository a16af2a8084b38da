package io.shixiao.claims;

import io.shixiao.shared.money.Money;
import java.time.Instant;

/**
 * A claim left the active work: paid and closed (结案), denied (拒赔) or withdrawn (撤案).
 *
 * @param claimNo the claim number
 * @param insurerId the insurer the claim belongs to
 * @param orgUnitId the unit that answered for the claim
 * @param outcome how it ended
 * @param paid the total paid, zero for a denial or withdrawal
 * @param closedAt when it ended
 */
public record ClaimClosed(
        String claimNo, long insurerId, long orgUnitId, Outcome outcome, Money paid, Instant closedAt) {

    /** How a claim ended. */
    public enum Outcome {
        /** 赔付结案: paid and closed. */
        PAID,
        /** 拒赔: not covered; the denial notice was sent. */
        DENIED,
        /** 撤案/注销: the claimant withdrew, or the report was cancelled. */
        WITHDRAWN
    }
}
