package io.shixiao.quality.domain;

import io.shixiao.quality.ServiceStage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The labelled examples of {@code quality/labelled-texts.tsv}. */
final class LabelledTexts {

    /** What an example is. */
    enum Label {
        /** The listed words, plainly or disguised: blocked. */
        BLOCK,
        /** One to three characters from a phrase or a core clause: should be held. */
        NEAR,
        /** The same rudeness in other words: wording cannot see it. */
        HARD,
        /** The same characters in another sense: never blocked, should not be held. */
        POLITE
    }

    record Example(Label label, ServiceStage stage, String phraseKey, String text, String note) {
        @Override
        public String toString() {
            return label + " " + stage + " 「" + text + "」";
        }
    }

    static final List<Example> ALL = read();

    private LabelledTexts() {}

    static List<Example> of(Label label) {
        return ALL.stream().filter(e -> e.label() == label).toList();
    }

    private static List<Example> read() {
        try (InputStream in = LabelledTexts.class.getResourceAsStream("/quality/labelled-texts.tsv")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(c -> new Example(Label.valueOf(c[0]), ServiceStage.valueOf(c[1]), c[2], c[3], c[4]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
