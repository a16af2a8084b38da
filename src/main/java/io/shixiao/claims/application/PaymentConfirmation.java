package io.shixiao.claims.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The bank's confirmation of a payment instruction.
 *
 * @param bankReference the bank's reference of the transfer (流水号), required
 * @param paidAt when the bank executed it, default now; like every step, more than 10 minutes back it is
 *     a back-dated entry needing {@code lateEntryReason}
 * @param lateEntryReason why the confirmation is recorded late
 */
public record PaymentConfirmation(
        @Nullable String bankReference,
        @Nullable Instant paidAt,
        @Nullable String lateEntryReason) {}
