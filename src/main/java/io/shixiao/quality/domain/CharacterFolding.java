package io.shixiao.quality.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Folds each character to the one form the matcher compares: traditional characters to simplified
 * ({@code 險→险}) and one spelling of words written two ways ({@code 您→你}, {@code 帐→账}), and a few
 * words whose traditional spelling is another word ({@code 甚麼} folds to 甚么, then to 什么). Both
 * tables are packaged data under {@code quality/}.
 */
public final class CharacterFolding {

    static final String TRADITIONAL_SIMPLIFIED = "/quality/traditional-simplified.tsv";
    static final String SPELLING_VARIANTS = "/quality/spelling-variants.tsv";

    private final Map<Integer, int[]> folds;
    private final List<Word> words;

    private CharacterFolding(Map<Integer, int[]> folds, List<Word> words) {
        this.folds = folds;
        this.words = List.copyOf(words);
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
        List<Word> words = new ArrayList<>();
        List<String> characters = new ArrayList<>();
        for (String line : spellingVariants) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length >= 2 && columns[0].codePointCount(0, columns[0].length()) > 1) {
                words.add(Word.of(columns[0], columns[1]));
            } else {
                characters.add(line);
            }
        }
        Map<Integer, int[]> variants = table(characters);
        Map<Integer, int[]> folds = new HashMap<>(variants);
        table(traditionalSimplified)
                .forEach((traditional, simplified) -> folds.put(
                        traditional,
                        IntStream.of(simplified)
                                .flatMap(cp -> IntStream.of(variants.getOrDefault(cp, new int[] {cp})))
                                .toArray()));
        return new CharacterFolding(folds, words);
    }

    /** The folded form of {@code codePoint}, or null where it stays as it is. */
    int @org.jspecify.annotations.Nullable [] fold(int codePoint) {
        return folds.get(codePoint);
    }

    /** Rewrites, in place, each word of the table found in already folded characters. */
    void foldWords(int[] folded) {
        for (int at = 0; at < folded.length; at++) {
            for (Word word : words) {
                if (word.standsAt(folded, at)) {
                    System.arraycopy(word.form(), 0, folded, at, word.form().length);
                }
            }
        }
    }

    /** A word spelled {@code variant} that folds to {@code form}, character for character. */
    private record Word(int[] variant, int[] form) {

        static Word of(String variant, String form) {
            int[] from = variant.codePoints().toArray();
            int[] to = form.codePoints().toArray();
            if (from.length != to.length) {
                throw new IllegalArgumentException("A word folds to a word of its length: " + variant + " " + form);
            }
            return new Word(from, to);
        }

        boolean standsAt(int[] folded, int at) {
            return at + variant.length <= folded.length
                    && Arrays.equals(folded, at, at + variant.length, variant, 0, variant.length);
        }
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
