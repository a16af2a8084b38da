package io.shixiao.quality.application;

import io.shixiao.quality.domain.ListedPhrase;
import io.shixiao.quality.domain.PhraseBook;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the packaged seed phrases on the list at start-up, in every environment. A phrase already on
 * the list (same key) keeps what administrators made of it: a disabled seed phrase stays disabled.
 */
@Component
@Order(0)
class SeedPhraseLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedPhraseLoader.class);

    private final PhraseRepository phrases;
    private final CurrentPhraseBook book;
    private final Clock clock;

    SeedPhraseLoader(PhraseRepository phrases, CurrentPhraseBook book, Clock clock) {
        this.phrases = phrases;
        this.book = book;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<SeedPhrase> seed = SeedPhraseFile.packaged();
        Instant now = Instant.now(clock);
        int added = 0;
        for (SeedPhrase phrase : seed) {
            PhraseBook.verify(new ListedPhrase(0, phrase.stage(), phrase.phrase(), phrase.core()), book.normaliser());
            if (phrases.insertSeed(phrase, PhraseText.folded(phrase.phrase(), book.normaliser()), now)) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Added {} of the {} packaged forbidden phrases", added, seed.size());
        }
    }
}
