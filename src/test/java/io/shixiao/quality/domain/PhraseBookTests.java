package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.quality.MatchKind;
import io.shixiao.quality.ServiceStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseBookTests {

    private final PhraseBook book = PhraseFixtures.seedBook();

    private Finding onlyFinding(Verdict verdict) {
        assertThat(verdict.findings()).hasSize(1);
        return verdict.findings().get(0);
    }

    @Test
    void aReplyWithAForbiddenPhraseIsBlockedNamingThePhraseAndItsStage() {
        Verdict verdict = book.check("不知道,不清楚。", ServiceStage.COMPLAINT);
        assertThat(verdict.blocked()).isTrue();
        assertThat(verdict.held()).isFalse();
        Finding finding = onlyFinding(verdict);
        assertThat(finding.phrase()).isEqualTo("不知道,不清楚。");
        assertThat(finding.stage()).isEqualTo(ServiceStage.GENERAL);
        assertThat(finding.match()).isEqualTo(MatchKind.EXACT);
        assertThat(finding.at()).isZero();
        assertThat(finding.length()).isEqualTo(7);
    }

    @Test
    void aSpacedOutPhraseIsBlockedAtTheOffsetOfItsFirstCharacter() {
        Finding finding = onlyFinding(book.check("好的。不 知 道，不 清 楚", ServiceStage.GENERAL));
        assertThat(finding.phrase()).isEqualTo("不知道,不清楚。");
        assertThat(finding.at()).isEqualTo(3);
        assertThat(finding.length()).isEqualTo(11);
    }

    @Test
    void aPhraseInFullWidthCharactersIsBlocked() {
        Verdict verdict = book.check("师傅，你那什么破车还要去４Ｓ店修！", ServiceStage.ASSESSMENT);
        assertThat(verdict.blocked()).isTrue();
        assertThat(onlyFinding(verdict).phrase()).isEqualTo("你那什么破车还要去4S店修!");
        assertThat(onlyFinding(verdict).at()).isEqualTo(3);
    }

    @Test
    void aPhraseInTraditionalCharactersIsBlocked() {
        Verdict verdict = book.check("保險公司又不是你家開的", ServiceStage.DOCUMENTS);
        assertThat(verdict.blocked()).isTrue();
        Finding finding = onlyFinding(verdict);
        assertThat(finding.phrase()).isEqualTo("保险公司又不是你家开的,说怎样就怎样。");
        assertThat(finding.stage()).isEqualTo(ServiceStage.GENERAL);
        assertThat(finding.at()).isZero();
        assertThat(finding.length()).isEqualTo(11);
    }

    @Test
    void aPunctuationStuffedPhraseIsBlocked() {
        Finding finding = onlyFinding(book.check("答复：不.知.道.不.清.楚", ServiceStage.GENERAL));
        assertThat(finding.at()).isEqualTo(3);
        assertThat(finding.length()).isEqualTo(11);
    }

    @Test
    void aPhraseInsideALongerReplyIsBlockedWhereItStands() {
        String reply = "您好，感谢来电。这个问题我不知道，不清楚，您问别人吧。";
        Finding finding = onlyFinding(book.check(reply, ServiceStage.REPORT));
        assertThat(finding.at()).isEqualTo(reply.indexOf("不知道"));
        assertThat(reply.substring(finding.at(), finding.at() + finding.length()))
                .isEqualTo("不知道，不清楚");
    }

    @Test
    void offsetsCountUtf16UnitsAsTheCallerSentThem() {
        Finding finding = onlyFinding(book.check("😀😀保险公司又不是你家开的", ServiceStage.GENERAL));
        assertThat(finding.at()).isEqualTo(4);
    }

    @Test
    void aCoreClauseAloneIsBlocked() {
        Verdict verdict = book.check("我就这态度。", ServiceStage.GENERAL);
        assertThat(verdict.blocked()).isTrue();
        assertThat(onlyFinding(verdict).phrase()).isEqualTo("我就这态度,不满意到别处去。");
    }

    @Test
    void aClauseThatIsNotCoreIsNotBlockedAlone() {
        assertThat(book.check("我不知道您的车牌号，请告诉我。", ServiceStage.GENERAL).blocked())
                .isFalse();
    }

    @Test
    void fillerWordsBetweenClausesDoNotHideThePhrase() {
        assertThat(book.check("我不知道啊，也不清楚", ServiceStage.GENERAL).blocked()).isTrue();
    }

    @Test
    void otherWordsBetweenClausesMakeAnotherSentence() {
        assertThat(book.check("不知道您还有不清楚的地方吗？", ServiceStage.GENERAL).blocked()).isFalse();
    }

    @Test
    void aStagesPhraseAtAnotherStageIsHeldForReviewNotBlocked() {
        Verdict verdict = book.check("你会不会开车啊？", ServiceStage.COMPLAINT);
        assertThat(verdict.blocked()).isFalse();
        assertThat(verdict.held()).isTrue();
        Finding finding = onlyFinding(verdict);
        assertThat(finding.stage()).isEqualTo(ServiceStage.SURVEY);
        assertThat(finding.match()).isEqualTo(MatchKind.EXACT);
        assertThat(finding.blocks()).isFalse();
    }

    @Test
    void wordingCloseToAPhraseIsHeldForReview() {
        Verdict verdict = book.check("保险公司又不是你们家开的", ServiceStage.GENERAL);
        assertThat(verdict.blocked()).isFalse();
        assertThat(verdict.held()).isTrue();
        Finding finding = onlyFinding(verdict);
        assertThat(finding.match()).isEqualTo(MatchKind.NEAR);
        assertThat(finding.similarity()).isEqualTo(10.0 / 11);
        assertThat(finding.at()).isZero();
        assertThat(finding.length()).isEqualTo(12);
    }

    @Test
    void closeWordingCountsOnlyForTheListsThatApply() {
        // 这么点钱还赔什么赔啊 is close to the survey list, not to the complaint or general lists.
        assertThat(book.check("这么点钱还赔什么赔啊", ServiceStage.SURVEY).held()).isTrue();
        assertThat(book.check("这么点钱还赔什么赔啊", ServiceStage.COMPLAINT).passed()).isTrue();
    }

    @Test
    void aBlockedTextIsNotAlsoHeldThoughItHasCloseWordingElsewhere() {
        Verdict verdict = book.check("不知道，不清楚。保险公司又不是你们家开的", ServiceStage.GENERAL);
        assertThat(verdict.blocked()).isTrue();
        assertThat(verdict.held()).isFalse();
        assertThat(verdict.findings()).extracting(Finding::match).containsExactly(MatchKind.EXACT, MatchKind.NEAR);
    }

    @Test
    void closeWordingInsideListedWordsIsNotReportedTwice() {
        Verdict verdict = book.check("保险公司又不是你家开的，说怎样就怎样", ServiceStage.GENERAL);
        assertThat(verdict.findings()).extracting(Finding::match).containsOnly(MatchKind.EXACT);
    }

    @Test
    void everyOccurrenceIsReported() {
        Verdict verdict = book.check("你会不会开车啊？你会不会开车啊！", ServiceStage.SURVEY);
        assertThat(verdict.findings()).extracting(Finding::at).containsExactly(0, 8);
    }

    @Test
    void anEmptyTextPasses() {
        assertThat(book.check("", ServiceStage.GENERAL).passed()).isTrue();
    }

    @Test
    void aPhraseAnAdministratorAddedIsMatchedLikeTheSeeds() {
        PhraseBook added = PhraseBook.of(
                List.of(new ListedPhrase(7, ServiceStage.COMPLAINT, "投诉也没用,我们说了算!", List.of("我们说了算"))),
                PhraseFixtures.NORMALISER);
        Finding finding = onlyFinding(added.check("您投诉吧，我們說了算。", ServiceStage.COMPLAINT));
        assertThat(finding.phraseId()).isEqualTo(7);
        assertThat(finding.at()).isEqualTo(5);
    }
}
