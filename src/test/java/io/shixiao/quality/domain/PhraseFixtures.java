package io.shixiao.quality.domain;

import io.shixiao.quality.application.SeedPhrase;
import io.shixiao.quality.application.SeedPhraseFile;
import java.util.ArrayList;
import java.util.List;

/** The packaged seed list as the matcher reads it, ids numbered from 1 in file order. */
final class PhraseFixtures {

    static final TextNormaliser NORMALISER = new TextNormaliser(CharacterFolding.packaged());

    static final List<SeedPhrase> SEED = SeedPhraseFile.packaged();

    private static final PhraseBook SEED_BOOK = PhraseBook.of(seedPhrases(), NORMALISER);

    private PhraseFixtures() {}

    static List<ListedPhrase> seedPhrases() {
        List<ListedPhrase> phrases = new ArrayList<>();
        for (int i = 0; i < SEED.size(); i++) {
            SeedPhrase seed = SEED.get(i);
            phrases.add(new ListedPhrase(i + 1, seed.stage(), seed.phrase(), seed.core()));
        }
        return phrases;
    }

    static PhraseBook seedBook() {
        return SEED_BOOK;
    }
}
