package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import io.shixiao.quality.application.SeedPhrase;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed phrase disguised at random (seeded, so a failure repeats): spaces, punctuation,
 * zero-width characters, emoji and combining marks between its characters, some characters in
 * traditional or full-width form, inside a polite reply. Each is blocked, at an offset that points
 * at the phrase.
 */
class DisguisedPhraseTests {

    private static final List<String> JUNK =
            List.of(" ", "\u3000", "\u200b", "\u200d", "\ufeff", "·", "-", "*", "。", "，", "~", "😀", "\u0336", "\t");

    private static final String BEFORE = "您好，感谢您的耐心等待。";
    private static final String AFTER = "祝您生活愉快！";

    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    static Stream<Arguments> disguises() {
        return IntStream.range(0, 5)
                .boxed()
                .flatMap(round -> PhraseFixtures.SEED.stream()
                        .map(phrase -> Arguments.of(
                                phrase, 1_000L * round + phrase.key().hashCode())));
    }

    /** The folded words of each core of the phrase, or of the whole phrase where it has no core. */
    static List<String> coreWords(SeedPhrase phrase) {
        PhrasePattern pattern = PhrasePattern.parse(phrase.phrase(), PhraseFixtures.NORMALISER);
        List<PhrasePattern.ClauseRange> cores = phrase.core().isEmpty()
                ? List.of(pattern.whole())
                : phrase.core().stream()
                        .map(core -> pattern.find(PhrasePattern.parse(core, PhraseFixtures.NORMALISER))
                                .orElseThrow())
                        .toList();
        return cores.stream()
                .map(pattern::words)
                .map(words -> new String(words, 0, words.length))
                .toList();
    }

    static String disguise(String phrase, Random random) {
        StringBuilder text = new StringBuilder();
        phrase.codePoints().forEach(cp -> {
            String character = Character.toString(cp);
            if (random.nextInt(3) == 0) {
                character = TRADITIONAL.transliterate(character);
            }
            if (cp >= '!' && cp <= '~' && random.nextBoolean()) {
                character = Character.toString(cp + 0xFEE0);
            }
            text.append(character);
            if (random.nextInt(10) < 4) {
                text.append(JUNK.get(random.nextInt(JUNK.size())));
            }
        });
        return text.toString();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("disguises")
    void aDisguisedPhraseInsideAReplyIsBlockedWhereItStands(SeedPhrase phrase, long seed) {
        String disguised = disguise(SeedPhraseTests.spoken(phrase), new Random(seed));
        String reply = BEFORE + disguised + AFTER;
        Verdict verdict = PhraseFixtures.seedBook().check(reply, phrase.stage());
        assertThat(verdict.blocked()).as(reply).isTrue();
        assertThat(verdict.findings()).as(reply).anySatisfy(f -> {
            assertThat(f.phrase()).isEqualTo(phrase.phrase());
            assertThat(f.at()).isGreaterThanOrEqualTo(BEFORE.length());
            assertThat(f.at() + f.length()).isLessThanOrEqualTo(BEFORE.length() + disguised.length());
            String matched = reply.substring(f.at(), f.at() + f.length());
            assertThat(PhraseFixtures.NORMALISER.normalise(matched).length())
                    .isEqualTo(
                            PhraseFixtures.NORMALISER.normalise(matched.strip()).length());
            assertThat(Character.isLetterOrDigit(matched.codePointAt(0))).isTrue();
        });
    }
}
