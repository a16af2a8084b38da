package io.shixiao.quality.domain;

import java.util.Arrays;

/**
 * A text as the matcher reads it: only its letters and digits, folded (see {@link TextNormaliser}),
 * each remembering where it came from in the text the caller sent, so that a match is reported at
 * the caller's offset however the words were disguised.
 */
public final class NormalisedText {

    private final int[] codePoints;
    private final int[] starts;
    private final int[] ends;

    NormalisedText(int[] codePoints, int[] starts, int[] ends) {
        this.codePoints = codePoints;
        this.starts = starts;
        this.ends = ends;
    }

    /** The folded characters, e.g. {@code 保险公司又不是你家开的} for {@code 保 險，公司又不是您家開的}. */
    public String folded() {
        return new String(codePoints, 0, codePoints.length);
    }

    public int length() {
        return codePoints.length;
    }

    int codePointAt(int index) {
        return codePoints[index];
    }

    int[] codePoints() {
        return Arrays.copyOf(codePoints, codePoints.length);
    }

    /** The offset in the original text (UTF-16 units) of the character that became folded {@code index}. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** The offset just after the original character that became folded {@code index}. */
    public int originalEnd(int index) {
        return ends[index];
    }
}
