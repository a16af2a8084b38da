package io.shixiao.quality.domain;

import io.shixiao.quality.MatchKind;
import io.shixiao.quality.ServiceStage;

/**
 * A listed phrase found in a text.
 *
 * @param phrase the phrase as listed
 * @param stage the stage whose list holds the phrase
 * @param blocks whether this finding alone stops the text; otherwise it holds it for review
 * @param similarity 1 for an exact match, the measured closeness for a near one
 * @param at the offset in the caller's text (UTF-16 units) where the match begins
 * @param length how many UTF-16 units of the caller's text the match covers
 */
public record Finding(
        long phraseId,
        String phrase,
        ServiceStage stage,
        MatchKind match,
        boolean blocks,
        double similarity,
        int at,
        int length) {}
