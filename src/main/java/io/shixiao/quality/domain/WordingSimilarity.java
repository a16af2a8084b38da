package io.shixiao.quality.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private final Map<Long, int[]> positions = new HashMap<>();

    WordingSimilarity(NormalisedText text) {
        this.text = text.codePoints();
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < this.text.length; i++) {
            counts.merge(bigram(i), 1, Integer::sum);
        }
        counts.forEach((bigram, count) -> positions.put(bigram, new int[count + 1]));
        for (int i = 0; i + 1 < this.text.length; i++) {
            int[] slots = java.util.Objects.requireNonNull(positions.get(bigram(i)));
            slots[++slots[0]] = i;
        }
    }

    /**
     * The stretch of the text closest to {@code words}, where it is at least {@code least} close;
     * similarity 0 otherwise.
     */
    Closest closest(int[] words, double least) {
        int length = words.length;
        if (length < SHORTEST_PHRASE) {
            return Closest.NONE;
        }
        int edits = (int) Math.floor((1 - least) * length + 1e-9);
        Closest best = Closest.NONE;
        for (int[] region : regions(words, edits)) {
            Closest closest = closestIn(words, region[0], region[1]);
            if (closest.similarity() > best.similarity()) {
                best = closest;
            }
        }
        return best.similarity() >= least ? best : Closest.NONE;
    }

    // A stretch within k edits of the phrase is at most n + k long and shares at least (n − 1) − 2k of
    // the phrase's bigrams (the q-gram lemma, Ukkonen 1992): only around such clusters of shared
    // bigrams can a stretch be close, so the edit distance is computed there alone.
    private List<int[]> regions(int[] words, int edits) {
        int span = words.length + edits;
        int needed = (words.length - 1) - 2 * edits;
        Set<Long> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            bigrams.add(pair(words[i], words[i + 1]));
        }
        int[] hits = bigrams.stream()
                .map(positions::get)
                .filter(slots -> slots != null)
                .flatMapToInt(slots -> Arrays.stream(slots, 1, slots[0] + 1))
                .sorted()
                .toArray();
        List<int[]> regions = new ArrayList<>();
        if (needed <= 0) {
            regions.add(new int[] {0, text.length});
            return regions;
        }
        int last = 0;
        for (int first = 0; first < hits.length; first++) {
            while (last < hits.length && hits[last] < hits[first] + span) {
                last++;
            }
            if (last - first >= needed) {
                int from = Math.max(0, hits[first] - span);
                int to = Math.min(text.length, hits[first] + span + 1);
                if (!regions.isEmpty() && regions.get(regions.size() - 1)[1] >= from) {
                    regions.get(regions.size() - 1)[1] = to;
                } else {
                    regions.add(new int[] {from, to});
                }
            }
        }
        return regions;
    }

    // Approximate substring matching over text[from, to): the least edits from the phrase to any stretch.
    private Closest closestIn(int[] words, int from, int to) {
        int length = words.length;
        int[] previous = new int[length + 1];
        int[] current = new int[length + 1];
        int[] previousStart = new int[length + 1];
        int[] currentStart = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            previous[i] = i;
            previousStart[i] = from;
        }
        int best = length;
        int bestStart = from;
        int bestEnd = from;
        for (int j = from + 1; j <= to; j++) {
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
        return new Closest((double) (length - best) / length, new Span(bestStart, bestEnd));
    }

    private long bigram(int at) {
        return pair(text[at], text[at + 1]);
    }

    private static long pair(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** The closest stretch of the text and its similarity, 0 to 1. */
    record Closest(double similarity, Span window) {
        static final Closest NONE = new Closest(0, new Span(0, 0));
    }
}
