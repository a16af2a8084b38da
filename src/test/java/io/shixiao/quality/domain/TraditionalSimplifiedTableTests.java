package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalSimplifiedTableTests {

    @Test
    void thePackagedTableIsIcusTransformOfEveryHanCharacter() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(CharacterFolding.TRADITIONAL_SIMPLIFIED)) {
            List<String> packaged = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.startsWith("#"))
                    .toList();
            assertThat(packaged)
                    .as("regenerate with IcuTraditionalSimplified.main")
                    .isEqualTo(IcuTraditionalSimplified.lines());
        }
    }

    @Test
    void everyCharacterOfTheSeedPhrasesWrittenTraditionallyFoldsBack() {
        String seed = String.join(
                "", PhraseFixtures.SEED.stream().map(p -> p.phrase()).toList());
        String traditional = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional")
                .transliterate(seed);
        assertThat(PhraseFixtures.NORMALISER.normalise(traditional).folded())
                .isEqualTo(PhraseFixtures.NORMALISER.normalise(seed).folded());
    }
}
