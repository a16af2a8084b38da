package io.shixiao.quality.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One staff member's recorded checks in a period.
 *
 * @param blocked checks that were blocked
 * @param held checks that were held for review
 * @param hits phrases found, over all their checks
 * @param lastHitAt their latest check with a hit, null where none
 */
public record StaffHits(
        long accountId,
        String username,
        String displayName,
        long checks,
        long blocked,
        long held,
        long hits,
        @Nullable Instant lastHitAt) {}
