package io.shixiao.quality;

import java.time.Instant;

/**
 * A supervisor released a held text: the module it came from may send or save it.
 *
 * @param reviewId the review item, as {@link PhraseCheck#reviewId()} gave it
 * @param source and {@code reference}: as the text was checked ({@link TextToCheck})
 */
public record HeldTextReleased(
        long reviewId,
        String source,
        String reference,
        ServiceStage stage,
        long authorAccountId,
        String decidedBy,
        Instant decidedAt) {}
