package io.shixiao.quality.application;

import io.shixiao.quality.domain.CharacterFolding;
import io.shixiao.quality.domain.ListedPhrase;
import io.shixiao.quality.domain.PhraseBook;
import io.shixiao.quality.domain.TextNormaliser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The active phrases, compiled once and compiled again when the list changes, on this node or any
 * other (the list's fingerprint changes with every write).
 */
@Component
public class CurrentPhraseBook {

    private final PhraseRepository phrases;
    private final TextNormaliser normaliser = new TextNormaliser(CharacterFolding.packaged());
    private volatile Compiled compiled = new Compiled("", PhraseBook.of(List.of(), normaliser));

    CurrentPhraseBook(PhraseRepository phrases) {
        this.phrases = phrases;
    }

    public PhraseBook book() {
        String fingerprint = phrases.fingerprint();
        Compiled current = compiled;
        if (!current.fingerprint().equals(fingerprint)) {
            current = new Compiled(
                    fingerprint,
                    PhraseBook.of(
                            phrases.active().stream()
                                    .map(p -> new ListedPhrase(p.id(), p.stage(), p.phrase(), p.core()))
                                    .toList(),
                            normaliser));
            compiled = current;
        }
        return current.book();
    }

    TextNormaliser normaliser() {
        return normaliser;
    }

    private record Compiled(String fingerprint, PhraseBook book) {}
}
