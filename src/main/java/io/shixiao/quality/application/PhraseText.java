package io.shixiao.quality.application;

import io.shixiao.quality.domain.TextNormaliser;

/** The stored key of a phrase's words: what the matcher reads of them, so one phrase per stage. */
final class PhraseText {

    private PhraseText() {}

    static String folded(String phrase, TextNormaliser normaliser) {
        return normaliser.normalise(phrase).folded();
    }
}
