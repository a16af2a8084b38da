package io.shixiao.quality.domain;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Reduces a text to what it says, so that spacing and typography cannot disguise a phrase: full-width
 * and other compatibility forms become their plain forms (NFKC: {@code ｆｏｏ→foo}, {@code ①→1});
 * spaces, punctuation, symbols, emoji, zero-width and other invisible characters, and combining marks
 * are dropped; traditional characters become simplified and variant spellings one spelling
 * ({@link CharacterFolding}); Latin letters are lower-cased. Every character kept remembers its
 * offset in the original.
 */
public final class TextNormaliser {

    private final CharacterFolding folding;

    public TextNormaliser(CharacterFolding folding) {
        this.folding = folding;
    }

    public NormalisedText normalise(String text) {
        Builder folded = new Builder(text.length());
        int offset = 0;
        while (offset < text.length()) {
            int codePoint = text.codePointAt(offset);
            int start = offset;
            int end = offset + Character.charCount(codePoint);
            if (isUnifiedIdeograph(codePoint)) {
                keep(codePoint, start, end, folded);
            } else {
                Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC)
                        .codePoints()
                        .forEach(plain -> keep(plain, start, end, folded));
            }
            offset = end;
        }
        return folded.build(folding);
    }

    /** Folds, in place, the words that the folding table spells one way (for a phrase's clauses). */
    void foldWords(int[] folded) {
        folding.foldWords(folded);
    }

    /** The folded characters of a single character, none where it is not a letter or digit. */
    int[] fold(int codePoint) {
        Builder folded = new Builder(2);
        Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC)
                .codePoints()
                .forEach(plain -> keep(plain, 0, 1, folded));
        return Arrays.copyOf(folded.codePoints, folded.length);
    }

    private void keep(int codePoint, int start, int end, Builder folded) {
        if (!isSignificant(codePoint)) {
            return;
        }
        int[] replacement = folding.fold(codePoint);
        if (replacement == null) {
            folded.add(Character.toLowerCase(codePoint), start, end);
        } else {
            for (int each : replacement) {
                folded.add(Character.toLowerCase(each), start, end);
            }
        }
    }

    // Letters (Chinese characters included), digits and letter numbers such as 〇 carry the words;
    // everything else (punctuation, symbols, spaces, format and control characters, combining marks)
    // can be sprinkled into a phrase without changing what it says.
    private static boolean isSignificant(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.LETTER_NUMBER;
    }

    // CJK Unified Ideographs are their own NFKC form: skip the normaliser for the bulk of a Chinese text.
    private static boolean isUnifiedIdeograph(int codePoint) {
        return codePoint >= 0x4E00 && codePoint <= 0x9FFF;
    }

    private static final class Builder {
        private int[] codePoints;
        private int[] starts;
        private int[] ends;
        private int length;

        Builder(int capacity) {
            codePoints = new int[Math.max(capacity, 4)];
            starts = new int[codePoints.length];
            ends = new int[codePoints.length];
        }

        void add(int codePoint, int start, int end) {
            if (length == codePoints.length) {
                int capacity = length * 2;
                codePoints = Arrays.copyOf(codePoints, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            codePoints[length] = codePoint;
            starts[length] = start;
            ends[length] = end;
            length++;
        }

        NormalisedText build(CharacterFolding folding) {
            int[] folded = Arrays.copyOf(codePoints, length);
            folding.foldWords(folded);
            return new NormalisedText(folded, Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
        }
    }
}
