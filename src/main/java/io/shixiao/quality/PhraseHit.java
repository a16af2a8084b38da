package io.shixiao.quality;

/**
 * A listed phrase found in a text.
 *
 * @param phrase the phrase as listed (for a seed phrase, the seed's words)
 * @param stage the stage whose list holds the phrase
 * @param at the offset in the text as sent (UTF-16 units, as Java and JavaScript count) where it begins
 * @param length the UTF-16 units of the text it covers
 * @param blocks whether this hit alone blocks the text
 * @param similarity 1 for the listed words, the closeness of the wording for a near match
 */
public record PhraseHit(
        String phrase, ServiceStage stage, int at, int length, MatchKind match, boolean blocks, double similarity) {}
