package io.shixiao.quality.domain;

import io.shixiao.quality.domain.PhrasePattern.Clause;
import io.shixiao.quality.domain.PhrasePattern.Element;
import io.shixiao.quality.domain.PhrasePattern.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a phrase's words in a normalised text: each clause word for word, a placeholder standing for
 * up to {@link PhrasePattern#PLACEHOLDER_LENGTH} characters, and consecutive clauses joined directly
 * or by a few filler words (「不知道啊，也不清楚」), never by words that say something else
 * (「不知道您还有不清楚的地方吗」 does not say 不知道,不清楚).
 */
final class ClauseRunMatcher {

    /** At most this many filler characters may stand between two clauses of a phrase. */
    static final int FILLER_BETWEEN_CLAUSES = 3;

    // Particles, pronouns and adverbs that add tone but not meaning, in folded form (您 is 你, 嘛 is 吗).
    private static final int[] FILLERS =
            "啊呀呢吧吗哦噢哈啦了的也都就还又可那这个你我他她们嗯唉哎诶".codePoints().sorted().toArray();

    private ClauseRunMatcher() {}

    /** Each occurrence of the clauses one after another, leftmost first, none overlapping another. */
    static List<Span> occurrences(NormalisedText text, List<Clause> clauses) {
        List<Span> found = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = run(text, clauses, 0, 0, start);
            if (end > start) {
                found.add(new Span(start, end));
                start = end;
            } else {
                start++;
            }
        }
        return found;
    }

    // The end of the run of clauses from element {@code element} of clause {@code clause} at {@code at}, or -1.
    private static int run(NormalisedText text, List<Clause> clauses, int clause, int element, int at) {
        List<Element> elements = clauses.get(clause).elements();
        if (element == elements.size()) {
            return nextClause(text, clauses, clause, at);
        }
        if (elements.get(element) instanceof Literal literal) {
            return at < text.length() && literal.accepts(text.codePointAt(at))
                    ? run(text, clauses, clause, element + 1, at + 1)
                    : -1;
        }
        for (int length = 0; length <= PhrasePattern.PLACEHOLDER_LENGTH && at + length <= text.length(); length++) {
            int end = run(text, clauses, clause, element + 1, at + length);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private static int nextClause(NormalisedText text, List<Clause> clauses, int clause, int at) {
        if (clause + 1 == clauses.size()) {
            return at;
        }
        for (int filler = 0; filler <= FILLER_BETWEEN_CLAUSES && at + filler <= text.length(); filler++) {
            if (filler > 0 && !isFiller(text.codePointAt(at + filler - 1))) {
                return -1;
            }
            int end = run(text, clauses, clause + 1, 0, at + filler);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isFiller(int codePoint) {
        return Arrays.binarySearch(FILLERS, codePoint) >= 0;
    }
}
