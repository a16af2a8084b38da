package io.shixiao.quality.domain;

import io.shixiao.quality.domain.PhrasePattern.ClauseRange;
import io.shixiao.quality.domain.WordingSimilarity.Closest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A listed phrase ready to be matched: its pattern, its core runs of clauses, its words to measure. */
final class CompiledPhrase {

    private final ListedPhrase listed;
    private final PhrasePattern pattern;
    private final List<ClauseRange> cores;
    private final List<int[]> measured;

    private CompiledPhrase(ListedPhrase listed, PhrasePattern pattern, List<ClauseRange> cores) {
        this.listed = listed;
        this.pattern = pattern;
        this.cores = List.copyOf(cores);
        List<int[]> words = new ArrayList<>();
        words.add(pattern.words(pattern.whole()));
        for (ClauseRange core : cores) {
            int[] coreWords = pattern.words(core);
            if (words.stream().noneMatch(w -> Arrays.equals(w, coreWords))) {
                words.add(coreWords);
            }
        }
        this.measured = List.copyOf(words);
    }

    /**
     * Reads a listed phrase; a {@link PhraseSyntaxException} where the phrase cannot be read or a core
     * part is not one or more whole clauses of it.
     */
    static CompiledPhrase compile(ListedPhrase listed, TextNormaliser normaliser) {
        PhrasePattern pattern = PhrasePattern.parse(listed.text(), normaliser);
        List<ClauseRange> cores = new ArrayList<>();
        for (String core : listed.core()) {
            PhrasePattern part = PhrasePattern.parse(core, normaliser);
            cores.add(pattern.find(part)
                    .orElseThrow(() -> new PhraseSyntaxException("core 「" + core
                            + "」 is not one or more whole clauses of 「" + listed.text() + "」, in order")));
        }
        if (cores.isEmpty()) {
            cores.add(pattern.whole());
        }
        return new CompiledPhrase(listed, pattern, cores);
    }

    ListedPhrase listed() {
        return listed;
    }

    /** Where the phrase's core is in the text, word for word: every occurrence, none overlapping. */
    List<Span> exactOccurrences(NormalisedText text) {
        List<Span> spans = new ArrayList<>();
        for (ClauseRange core : cores) {
            spans.addAll(ClauseRunMatcher.occurrences(text, pattern.clauses().subList(core.from(), core.to())));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> distinct = new ArrayList<>();
        for (Span span : spans) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).overlaps(span)) {
                distinct.add(span);
            }
        }
        return distinct;
    }

    /** The text's stretch closest in wording to the whole phrase or one of its cores, if at least {@code least}. */
    Closest closest(WordingSimilarity similarity, double least) {
        Closest best = Closest.NONE;
        for (int[] words : measured) {
            Closest closest = similarity.closest(words, least);
            if (closest.similarity() > best.similarity()) {
                best = closest;
            }
        }
        return best;
    }
}
