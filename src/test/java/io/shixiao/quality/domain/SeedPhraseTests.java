package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import io.shixiao.quality.MatchKind;
import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.application.SeedPhrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every phrase of the packaged seed list, checked at every stage. */
class SeedPhraseTests {

    private final PhraseBook book = PhraseFixtures.seedBook();

    static Stream<SeedPhrase> seedPhrases() {
        return PhraseFixtures.SEED.stream();
    }

    static Stream<SeedPhrase> stagePhrases() {
        return seedPhrases().filter(p -> p.stage() != ServiceStage.GENERAL);
    }

    /** A phrase as someone would say it: the first of bracketed alternatives, without the seed's explanation. */
    static String spoken(SeedPhrase phrase) {
        return phrase.phrase().replaceAll("\\([^)]{1,2}\\)", "").replaceAll("\\(.*\\)", "");
    }

    @Test
    void aPhraseIsSpokenWithoutItsBracketsAndTheirAlternatives() {
        SeedPhrase louder = PhraseFixtures.SEED.stream()
                .filter(p -> p.key().equals("REPORT-10"))
                .findFirst()
                .orElseThrow();
        assertThat(spoken(louder)).isEqualTo("你声音大一点儿。");
    }

    @Test
    void thePackagedListIsTheSeedsNinetyEightPhrasesWordForWord() throws IOException {
        Map<ServiceStage, List<String>> seed = new EnumMap<>(ServiceStage.class);
        try (InputStream in = getClass().getResourceAsStream("/sources/zhejiang-motor-service-norm.txt")) {
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            int from = lines.indexOf("第九章 服务禁语");
            ServiceStage section = null;
            for (String line : lines.subList(from + 1, lines.size())) {
                String text = line.strip();
                if (text.startsWith("第五篇")) {
                    break;
                }
                ServiceStage heading = Arrays.stream(ServiceStage.values())
                        .filter(s -> s.seedSection().equals(text))
                        .findFirst()
                        .orElse(null);
                if (heading != null) {
                    section = heading;
                } else if (section != null && !text.isEmpty()) {
                    seed.computeIfAbsent(section, s -> new ArrayList<>()).add(text);
                }
            }
        }
        Map<ServiceStage, List<String>> packaged = new EnumMap<>(ServiceStage.class);
        PhraseFixtures.SEED.forEach(
                p -> packaged.computeIfAbsent(p.stage(), s -> new ArrayList<>()).add(p.phrase()));
        assertThat(packaged).isEqualTo(seed);
        assertThat(PhraseFixtures.SEED).hasSize(98);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPhrases")
    void everySeedPhraseIsBlockedAtItsOwnStage(SeedPhrase phrase) {
        Verdict verdict = book.check(spoken(phrase), phrase.stage());
        assertThat(verdict.blocked()).isTrue();
        assertThat(verdict.findings()).anySatisfy(f -> {
            assertThat(f.phrase()).isEqualTo(phrase.phrase());
            assertThat(f.stage()).isEqualTo(phrase.stage());
            assertThat(f.blocks()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPhrases")
    void everySeedPhraseWrittenInTraditionalCharactersIsBlocked(SeedPhrase phrase) {
        String traditional =
                Transliterator.getInstance("Simplified-Traditional").transliterate(spoken(phrase));
        assertThat(book.check(traditional, phrase.stage()).findings())
                .as(traditional)
                .anySatisfy(f -> {
                    assertThat(f.phrase()).isEqualTo(phrase.phrase());
                    assertThat(f.match()).isEqualTo(MatchKind.EXACT);
                    assertThat(f.blocks()).isTrue();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPhrases")
    void theGeneralPhrasesAreBlockedAtEveryStage(SeedPhrase phrase) {
        if (phrase.stage() != ServiceStage.GENERAL) {
            return;
        }
        for (ServiceStage stage : ServiceStage.values()) {
            assertThat(book.check(spoken(phrase), stage).blocked())
                    .as(stage.name())
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stagePhrases")
    void aStagesPhraseAtAnUnrelatedStageIsHeldForReviewNamingItsOwnStage(SeedPhrase phrase) {
        for (ServiceStage stage : ServiceStage.values()) {
            if (stage == phrase.stage()) {
                continue;
            }
            Verdict verdict = book.check(spoken(phrase), stage);
            assertThat(verdict.blocked()).as(stage.name()).isFalse();
            assertThat(verdict.held()).as(stage.name()).isTrue();
            assertThat(verdict.findings()).anySatisfy(f -> {
                assertThat(f.phrase()).isEqualTo(phrase.phrase());
                assertThat(f.stage()).isEqualTo(phrase.stage());
                assertThat(f.match()).isEqualTo(MatchKind.EXACT);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedPhrases")
    void everyCoreClauseAloneIsBlocked(SeedPhrase phrase) {
        for (String core : phrase.core()) {
            assertThat(book.check(core, phrase.stage()).findings()).as(core).anySatisfy(f -> {
                assertThat(f.phrase()).isEqualTo(phrase.phrase());
                assertThat(f.blocks()).isTrue();
            });
        }
    }
}
