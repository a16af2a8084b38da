package io.shixiao.quality;

import java.time.Instant;

/**
 * A supervisor rejected a held text: it is not to be sent or saved; its writer rewrites it.
 *
 * @param reviewId the review item, as {@link PhraseCheck#reviewId()} gave it
 * @param note the supervisor's reason
 */
public record HeldTextRejected(
        long reviewId,
        String source,
        String reference,
        ServiceStage stage,
        long authorAccountId,
        String decidedBy,
        Instant decidedAt,
        String note) {}
