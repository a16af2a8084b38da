package io.shixiao.quality.domain;

import io.shixiao.quality.MatchKind;
import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.domain.WordingSimilarity.Closest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The active phrases, read once, checking texts: the listed words where their list applies block the
 * text, another stage's listed words and wording close to a phrase hold it for review
 * ({@link PhraseCheckRules}).
 */
public final class PhraseBook {

    private final TextNormaliser normaliser;
    private final List<CompiledPhrase> phrases;

    private PhraseBook(TextNormaliser normaliser, List<CompiledPhrase> phrases) {
        this.normaliser = normaliser;
        this.phrases = List.copyOf(phrases);
    }

    /** Reads every phrase; a {@link PhraseSyntaxException} names the first that cannot be read. */
    public static PhraseBook of(Collection<ListedPhrase> phrases, TextNormaliser normaliser) {
        return new PhraseBook(
                normaliser,
                phrases.stream()
                        .map(phrase -> CompiledPhrase.compile(phrase, normaliser))
                        .toList());
    }

    /** Checks that a phrase and its core can be read, as {@link #of} will read them. */
    public static void verify(ListedPhrase phrase, TextNormaliser normaliser) {
        CompiledPhrase.compile(phrase, normaliser);
    }

    public Verdict check(String text, ServiceStage stage) {
        NormalisedText normalised = normaliser.normalise(text);
        WordingSimilarity similarity = new WordingSimilarity(normalised);
        List<Finding> exact = new ArrayList<>();
        List<Finding> near = new ArrayList<>();
        for (CompiledPhrase phrase : phrases) {
            ServiceStage phraseStage = phrase.listed().stage();
            List<Span> spans = phrase.exactOccurrences(normalised);
            if (!spans.isEmpty()) {
                boolean blocks = PhraseCheckRules.listedWordsBlockWhereTheirListApplies(phraseStage, stage);
                if (blocks || PhraseCheckRules.listedWordsOfAnotherStageAreHeldForReview(phraseStage, stage)) {
                    spans.forEach(span -> exact.add(finding(phrase, MatchKind.EXACT, blocks, 1.0, span, normalised)));
                }
                continue;
            }
            if (PhraseCheckRules.aPhraseAppliesAtItsOwnStageAndTheGeneralOneEverywhere(phraseStage, stage)) {
                Closest closest = phrase.closest(similarity, PhraseCheckRules.CLOSE_WORDING);
                if (PhraseCheckRules.closeWordingIsHeldForReview(closest.similarity(), phraseStage, stage)) {
                    near.add(
                            finding(phrase, MatchKind.NEAR, false, closest.similarity(), closest.window(), normalised));
                }
            }
        }
        // Close wording inside listed words is the listed words.
        near.removeIf(n -> exact.stream().anyMatch(e -> overlaps(e, n)));
        List<Finding> findings = new ArrayList<>(exact);
        findings.addAll(near);
        findings.sort(Comparator.comparingInt(Finding::at).thenComparing(f -> f.match() == MatchKind.NEAR));
        boolean blocked = findings.stream().anyMatch(Finding::blocks);
        return new Verdict(
                blocked, PhraseCheckRules.aTextIsHeldOnlyWhenNotBlocked(blocked, !findings.isEmpty()), findings);
    }

    private static Finding finding(
            CompiledPhrase phrase, MatchKind match, boolean blocks, double similarity, Span span, NormalisedText text) {
        int at = text.originalStart(span.start());
        int end = text.originalEnd(span.end() - 1);
        ListedPhrase listed = phrase.listed();
        return new Finding(listed.id(), listed.text(), listed.stage(), match, blocks, similarity, at, end - at);
    }

    private static boolean overlaps(Finding a, Finding b) {
        return a.at() < b.at() + b.length() && b.at() < a.at() + a.length();
    }
}
