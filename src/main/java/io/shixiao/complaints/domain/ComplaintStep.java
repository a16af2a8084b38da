package io.shixiao.complaints.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a complaint's timeline.
 *
 * @param step what happened, e.g. {@code DECIDED}
 * @param occurredAt when it happened (not when it was recorded)
 * @param lateReason why it was recorded late (补录), or null
 */
public record ComplaintStep(
        String step,
        Instant occurredAt,
        @Nullable String note,
        @Nullable String lateReason) {}
