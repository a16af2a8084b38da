package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.domain.PhrasePattern.Clause;
import io.shixiao.quality.domain.PhrasePattern.Literal;
import io.shixiao.quality.domain.PhrasePattern.Placeholder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasePatternTests {

    private static PhrasePattern parse(String phrase) {
        return PhrasePattern.parse(phrase, PhraseFixtures.NORMALISER);
    }

    private static List<String> clauses(PhrasePattern pattern) {
        return pattern.clauses().stream()
                .map(clause -> clause.elements().stream()
                        .map(e -> e instanceof Literal literal ? literal.toString() : "…")
                        .reduce("", String::concat))
                .toList();
    }

    @Test
    void punctuationSeparatesClauses() {
        assertThat(clauses(parse("我们这很忙,你快点说;现在跟你说不清楚,以后再讲吧!"))).containsExactly("我们这很忙", "你快点说", "现在跟你说不清楚", "以后再讲吧");
    }

    @Test
    void xxxAndCrossesStandForAnyNameOrNumber() {
        assertThat(clauses(parse("眼睛有问题,看清楚了是人寿财险,不是xxx公司。"))).containsExactly("眼睛有问题", "看清楚了是人寿财险", "不是…公司");
        assertThat(clauses(parse("怎么还不明白,你别废话了;你打xxxxxx电话联系。"))).endsWith("你打…电话联系");
    }

    @Test
    void aPlaceholderAtTheEndOfAClauseIsLeftOut() {
        assertThat(clauses(parse("我们也没办法,你只能去找×××。"))).containsExactly("我们也没办法", "你只能去找");
        assertThat(parse("这个问题你自己打xxxxxx。").clauses().get(0).elements()).noneMatch(Placeholder.class::isInstance);
    }

    @Test
    void aCharacterInBracketsIsAnAlternativeToTheOneBefore() {
        Clause clause = parse("你声音大(小)一点儿。").clauses().get(0);
        assertThat(clause.elements()).hasSize(7);
        Literal big = (Literal) clause.elements().get(3);
        assertThat(big.accepts('大')).isTrue();
        assertThat(big.accepts('小')).isTrue();
    }

    @Test
    void longerBracketedTextExplainsThePhraseAndIsNotMatched() {
        PhrasePattern pattern = parse("计算机计费不会错的!(言下之意是“肯定是你错了!”)");
        assertThat(clauses(pattern)).containsExactly("计算机计费不会错的");
    }

    @Test
    void phraseCharactersAreFoldedLikeTexts() {
        assertThat(clauses(parse("現在帳上沒錢"))).containsExactly("现在账上没钱");
    }

    @Test
    void aPhraseOfFewerThanTwoCharactersIsRefused() {
        assertThatThrownBy(() -> parse("滚！")).isInstanceOf(PhraseSyntaxException.class);
        assertThatThrownBy(() -> parse("xxx")).isInstanceOf(PhraseSyntaxException.class);
    }

    @Test
    void anUnclosedBracketIsRefused() {
        assertThatThrownBy(() -> parse("你声音大(小一点儿"))
                .isInstanceOf(PhraseSyntaxException.class)
                .hasMessageContaining("not closed");
    }

    @Test
    void aCoreMustBeWholeClausesOfThePhrase() {
        ListedPhrase part = new ListedPhrase(1, ServiceStage.GENERAL, "没到上班时间,急什么。", List.of("上班时间"));
        assertThatThrownBy(() -> PhraseBook.verify(part, PhraseFixtures.NORMALISER))
                .isInstanceOf(PhraseSyntaxException.class)
                .hasMessageContaining("whole clauses");
        ListedPhrase wrongOrder = new ListedPhrase(1, ServiceStage.GENERAL, "现在才说,干吗不早说。", List.of("干吗不早说,现在才说"));
        assertThatThrownBy(() -> PhraseBook.verify(wrongOrder, PhraseFixtures.NORMALISER))
                .isInstanceOf(PhraseSyntaxException.class);
    }

    @Test
    void aCoreOfConsecutiveClausesIsFound() {
        PhrasePattern phrase = parse("你懂不懂,不懂就别说了,快下班了,明天再办。");
        assertThat(phrase.find(parse("快下班了，明天再办"))).hasValue(new PhrasePattern.ClauseRange(2, 4));
    }
}
