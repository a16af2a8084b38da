package io.shixiao.quality;

/**
 * Checks texts against the forbidden service phrases before they are sent or saved: complaint
 * replies, notices, SMS templates, staff notes. A text with the listed words of its stage's list or
 * the general list is blocked; a text close in wording to a listed phrase, or with the listed words
 * of another stage, is held for a supervisor's review.
 */
public interface ForbiddenPhrases {

    /** The longest text checked, in characters (UTF-16 units). */
    int MAXIMUM_LENGTH = 10_000;

    /**
     * Checks a text and records nothing: for trying a text out. An {@code InvalidInputException}
     * names {@code text} when it is missing, blank or longer than {@link #MAXIMUM_LENGTH}, and
     * {@code stage} when it is missing.
     */
    PhraseCheck check(String text, ServiceStage stage);

    /**
     * Checks a text a staff member is about to send or save, and records the check against them: the
     * hits count per staff member, and a held text becomes a review item whose id the result carries.
     * The caller sends or saves the text only when the check {@linkplain PhraseCheck#passed() passed},
     * and a held text when {@link HeldTextReleased} names its review item.
     */
    PhraseCheck checkAndRecord(TextToCheck text);
}
