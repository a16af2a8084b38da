package io.shixiao.quality.domain;

import io.shixiao.quality.ServiceStage;

/**
 * When a listed phrase stops a text, when it holds it for review, when it lets it pass. The seed
 * forbids its phrases 「以下或与之含义、语气接近」: the listed words themselves, and words close to them,
 * at the stage whose section lists them; the general section at every stage.
 */
public final class PhraseCheckRules {

    /**
     * Wording at least this close to a phrase that applies is held for review. Tuned on the labelled
     * examples of {@code PhraseTuningTests}; the figures are in {@code docs/forbidden-phrases.md}.
     */
    public static final double CLOSE_WORDING = 0.70;

    private PhraseCheckRules() {}

    /** The general list applies at every stage, a stage's list at that stage. */
    public static boolean aPhraseAppliesAtItsOwnStageAndTheGeneralOneEverywhere(
            ServiceStage phraseStage, ServiceStage textStage) {
        return phraseStage == ServiceStage.GENERAL || phraseStage == textStage;
    }

    /** The listed words where their list applies stop the text. */
    public static boolean listedWordsBlockWhereTheirListApplies(ServiceStage phraseStage, ServiceStage textStage) {
        return aPhraseAppliesAtItsOwnStageAndTheGeneralOneEverywhere(phraseStage, textStage);
    }

    /**
     * Another stage's listed words hold the text for review: 「你会不会开车啊」 is as rude in a complaint
     * reply as on site, but the supervisor decides, since the sections are the seed's own grouping and
     * a listed phrase can be quoted for a reason at another stage (a complaint reply citing what the
     * surveyor said).
     */
    public static boolean listedWordsOfAnotherStageAreHeldForReview(ServiceStage phraseStage, ServiceStage textStage) {
        return !listedWordsBlockWhereTheirListApplies(phraseStage, textStage);
    }

    /**
     * Wording close to a phrase of a list that applies is held for review; close wording is measured
     * only against the lists that apply, because held texts of other stages would bury the real ones.
     */
    public static boolean closeWordingIsHeldForReview(
            double similarity, ServiceStage phraseStage, ServiceStage textStage) {
        return similarity >= CLOSE_WORDING
                && aPhraseAppliesAtItsOwnStageAndTheGeneralOneEverywhere(phraseStage, textStage);
    }

    /** A blocked text goes back to its writer; it is not also held, since nothing will be sent. */
    public static boolean aTextIsHeldOnlyWhenNotBlocked(boolean blocked, boolean anythingFound) {
        return !blocked && anythingFound;
    }
}
