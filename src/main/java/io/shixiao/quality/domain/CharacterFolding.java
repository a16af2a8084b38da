package io.shixiao.quality.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Folds each character to the one form the matcher compares: traditional characters to simplified
 * ({@code 險→险}) and one spelling of words written two ways ({@code 您→你}, {@code 帐→账}). Both
 * tables are packaged data under {@code quality/}.
 */
public final class CharacterFolding {

    static final String TRADITIONAL_SIMPLIFIED = "/quality/traditional-simplified.tsv";
    static final String SPELLING_VARIANTS = "/quality/spelling-variants.tsv";

    private final Map<Integer, int[]> folds;

    private CharacterFolding(Map<Integer, int[]> folds) {
        this.folds = folds;
    }

    /** The packaged tables. */
    public static CharacterFolding packaged() {
        return of(lines(TRADITIONAL_SIMPLIFIED), lines(SPELLING_VARIANTS));
    }

    /**
     * Folding by two tables of {@code from<TAB>to[<TAB>why]} lines ({@code #} starts a comment): the
     * spelling variants apply to what the traditional table gives, so {@code 帳} folds like {@code 帐}.
     */
    static CharacterFolding of(List<String> traditionalSimplified, List<String> spellingVariants) {
        Map<Integer, int[]> variants = table(spellingVariants);
        Map<Integer, int[]> folds = new HashMap<>(variants);
        table(traditionalSimplified)
                .forEach((traditional, simplified) -> folds.put(
                        traditional,
                        IntStream.of(simplified)
                                .flatMap(cp -> IntStream.of(variants.getOrDefault(cp, new int[] {cp})))
                                .toArray()));
        return new CharacterFolding(folds);
    }

    /** The folded form of {@code codePoint}, or null where it stays as it is. */
    int[] fold(int codePoint) {
        return folds.get(codePoint);
    }

    private static Map<Integer, int[]> table(List<String> lines) {
        Map<Integer, int[]> table = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns[0].codePointCount(0, columns[0].length()) != 1) {
                throw new IllegalArgumentException("Not a folding line: " + line);
            }
            table.put(columns[0].codePointAt(0), columns[1].codePoints().toArray());
        }
        return table;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = CharacterFolding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing packaged table " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
