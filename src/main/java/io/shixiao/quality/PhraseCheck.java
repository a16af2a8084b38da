package io.shixiao.quality;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a text.
 *
 * @param blocked the text must not be sent or saved as it is: it has the listed words of a list that applies
 * @param review the text is not blocked but is held for a supervisor's review
 * @param hits the listed phrases found, in the order of the text
 * @param reviewId the review item of a held text that was recorded, otherwise null
 */
public record PhraseCheck(
        boolean blocked,
        boolean review,
        List<PhraseHit> hits,
        @Nullable Long reviewId) {

    public PhraseCheck {
        hits = List.copyOf(hits);
    }

    /** Neither blocked nor held: the text may go. */
    public boolean passed() {
        return !blocked && !review;
    }
}
