package io.shixiao.quality.domain;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source of {@code quality/traditional-simplified.tsv}: ICU's {@code Traditional-Simplified}
 * transform applied to every Han character on its own. The application ships the table rather than
 * ICU (15 MB) because the normaliser needs only this one-character mapping. Run {@link #main} to
 * regenerate the file after an ICU upgrade.
 */
final class IcuTraditionalSimplified {

    static final String HEADER = """
            # Traditional → simplified Chinese, one character a line: traditional<TAB>simplified.
            # Generated from ICU4J's "Traditional-Simplified" transform applied to every Han character on its own
            # (IcuTraditionalSimplified in the tests; TraditionalSimplifiedTableTests checks this file against ICU).
            """;

    private IcuTraditionalSimplified() {}

    /** Every Han code point that the transform changes, with its simplified form, as table lines. */
    static List<String> lines() {
        Transliterator transform = Transliterator.getInstance("Traditional-Simplified");
        List<String> lines = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isDefined(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String traditional = Character.toString(cp);
                String simplified = transform.transliterate(traditional);
                if (!simplified.equals(traditional)) {
                    lines.add(traditional + "\t" + simplified);
                }
            }
        }
        return lines;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of("src/main/resources/quality/traditional-simplified.tsv");
        Files.writeString(file, HEADER + String.join("\n", lines()) + "\n", StandardCharsets.UTF_8);
    }
}
