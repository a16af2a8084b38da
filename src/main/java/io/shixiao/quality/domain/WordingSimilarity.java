package io.shixiao.quality.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * How close a text comes to a phrase in wording: one minus the edit distance (characters inserted,
 * dropped or changed) between the phrase and the closest stretch of the text, over the phrase's
 * length (approximate substring matching, P. H. Sellers, J. Algorithms 1980). 「保险公司又不是你们家开的」
 * is one insertion from 保险公司又不是你家开的: 1 − 1/11 = 0.91. Built once per text, it measures every
 * phrase against it. Edit distance was chosen over character-bigram overlap on the labelled examples
 * (docs/forbidden-phrases.md): it keeps short phrases with one changed character close.
 */
final class WordingSimilarity {

    /** Phrases shorter than this (in folded characters) are too short to measure: one edit changes them. */
    static final int SHORTEST_PHRASE = 4;

    private final int[] text;
    private final Set<Long> bigrams = new HashSet<>();

    WordingSimilarity(NormalisedText text) {
        this.text = text.codePoints();
        for (int i = 0; i + 1 < this.text.length; i++) {
            bigrams.add(pair(this.text[i], this.text[i + 1]));
        }
    }

    /**
     * The stretch of the text closest to {@code words}, where it is at least {@code least} close;
     * similarity 0 otherwise.
     */
    Closest closest(int[] words, double least) {
        int length = words.length;
        if (length < SHORTEST_PHRASE || !mayReach(words, least)) {
            return Closest.NONE;
        }
        int[] previous = new int[length + 1];
        int[] current = new int[length + 1];
        int[] previousStart = new int[length + 1];
        int[] currentStart = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            previous[i] = i;
        }
        int best = length;
        int bestStart = 0;
        int bestEnd = 0;
        for (int j = 1; j <= text.length; j++) {
            current[0] = 0;
            currentStart[0] = j;
            for (int i = 1; i <= length; i++) {
                int distance = previous[i - 1] + (words[i - 1] == text[j - 1] ? 0 : 1);
                int start = previousStart[i - 1];
                if (previous[i] + 1 < distance) {
                    distance = previous[i] + 1;
                    start = previousStart[i];
                }
                if (current[i - 1] + 1 < distance) {
                    distance = current[i - 1] + 1;
                    start = currentStart[i - 1];
                }
                current[i] = distance;
                currentStart[i] = start;
            }
            if (current[length] < best) {
                best = current[length];
                bestStart = currentStart[length];
                bestEnd = j;
            }
            int[] row = previous;
            previous = current;
            current = row;
            row = previousStart;
            previousStart = currentStart;
            currentStart = row;
        }
        double similarity = (double) (length - best) / length;
        return similarity >= least ? new Closest(similarity, new Span(bestStart, bestEnd)) : Closest.NONE;
    }

    // A stretch within k edits of the phrase shares at least (n − 1) − 2k of the phrase's n − 1 bigrams
    // with it (the q-gram lemma, Ukkonen 1992); fewer anywhere in the text, and no stretch can be close.
    private boolean mayReach(int[] words, double least) {
        int edits = (int) Math.floor((1 - least) * words.length + 1e-9);
        int shared = 0;
        for (int i = 0; i + 1 < words.length; i++) {
            if (bigrams.contains(pair(words[i], words[i + 1]))) {
                shared++;
            }
        }
        return shared >= (words.length - 1) - 2 * edits;
    }

    private static long pair(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** The closest stretch of the text and its similarity, 0 to 1. */
    record Closest(double similarity, Span window) {
        static final Closest NONE = new Closest(0, new Span(0, 0));
    }
}
