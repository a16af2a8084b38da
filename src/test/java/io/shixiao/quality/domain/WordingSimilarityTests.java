package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.quality.domain.WordingSimilarity.Closest;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordingSimilarityTests {

    private static int[] words(String text) {
        return text.codePoints().toArray();
    }

    private static Closest closest(String text, String phrase, double least) {
        return new WordingSimilarity(PhraseFixtures.NORMALISER.normalise(text)).closest(words(phrase), least);
    }

    @Test
    void oneInsertedCharacterInElevenLeavesTenElevenths() {
        Closest closest = closest("您好。保险公司又不是你们家开的", "保险公司又不是你家开的", 0.7);
        assertThat(closest.similarity()).isEqualTo(10.0 / 11);
        assertThat(closest.window()).isEqualTo(new Span(2, 14));
    }

    @Test
    void wordingBelowTheLeastIsNotReported() {
        assertThat(closest("今天天气很好", "保险公司又不是你家开的", 0.7)).isEqualTo(Closest.NONE);
    }

    @Test
    void phrasesShorterThanFourCharactersAreNotMeasured() {
        assertThat(closest("你问我", "你问我", 0.5)).isEqualTo(Closest.NONE);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** The search around shared bigrams finds what an edit distance over the whole text finds. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSearchAroundSharedBigramsAgreesWithTheWholeText(long seed) {
        Random random = new Random(seed);
        String alphabet = "不知道清楚你我他的了吗";
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 20 + random.nextInt(200); i < n; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = 0, n = 4 + random.nextInt(10); i < n; i++) {
            phrase.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        double least = 0.5 + random.nextInt(5) / 10.0;
        double whole = wholeText(words(text.toString()), words(phrase.toString()));
        Closest closest = closest(text.toString(), phrase.toString(), least);
        assertThat(closest.similarity()).isEqualTo(whole >= least ? whole : 0);
    }

    // Sellers' algorithm over the whole text, the reference.
    private static double wholeText(int[] text, int[] phrase) {
        int[] previous = new int[phrase.length + 1];
        int[] current = new int[phrase.length + 1];
        for (int i = 0; i <= phrase.length; i++) {
            previous[i] = i;
        }
        int best = phrase.length;
        for (int j = 1; j <= text.length; j++) {
            current[0] = 0;
            for (int i = 1; i <= phrase.length; i++) {
                current[i] = Math.min(
                        Math.min(previous[i] + 1, current[i - 1] + 1),
                        previous[i - 1] + (phrase[i - 1] == text[j - 1] ? 0 : 1));
            }
            best = Math.min(best, current[phrase.length]);
            int[] row = previous;
            previous = current;
            current = row;
        }
        return (double) (phrase.length - best) / phrase.length;
    }
}
