package io.shixiao.claims.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A decision that the claim is not covered (拒赔), and its notice (保险法第二十四条: within three days, with
 * the reasons).
 *
 * @param reasons why, in words the claimant understands
 * @param clauses the policy clauses relied on
 * @param deniedAt when it was decided
 * @param noticeSentAt when the denial notice was sent, or null while it is owed
 */
public record Denial(
        String reasons,
        String clauses,
        Instant deniedAt,
        @Nullable Instant noticeSentAt) {}
