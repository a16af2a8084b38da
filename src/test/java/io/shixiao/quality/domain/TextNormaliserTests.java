package io.shixiao.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTests {

    private final TextNormaliser normaliser = PhraseFixtures.NORMALISER;

    @Test
    void fullWidthLettersAndDigitsBecomePlainAndLatinIsLowerCased() {
        assertThat(normaliser.normalise("去４Ｓ店，ＯＫ").folded()).isEqualTo("去4s店ok");
    }

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(normaliser.normalise("保險公司又不是你家開的，說怎樣就怎樣").folded()).isEqualTo("保险公司又不是你家开的说怎样就怎样");
    }

    @Test
    void variantSpellingsBecomeOneSpelling() {
        assertThat(normaliser.normalise("您干嘛，没啥，咋了，帐上，撞得").folded()).isEqualTo("你干吗没什么怎么了账上撞的");
    }

    @Test
    void theTraditionalSpellingOfAWordFoldsToItsSimplifiedSpelling() {
        assertThat(normaliser.normalise("急甚麼，甚至").folded()).isEqualTo("急什么甚至");
    }

    @Test
    void aTraditionalCharacterFoldsLikeItsSimplifiedVariant() {
        assertThat(normaliser.normalise("賬帳").folded()).isEqualTo("账账");
    }

    @Test
    void spacesPunctuationSymbolsAndInvisibleCharactersAreDropped() {
        String disguised = "不 知\u3000道，\u200b不\u200c清\u2060楚\ufeff！★😀\u00ad。";
        assertThat(normaliser.normalise(disguised).folded()).isEqualTo("不知道不清楚");
    }

    @Test
    void combiningMarksAreDropped() {
        assertThat(normaliser.normalise("不\u0336知\u0336道\u0336").folded()).isEqualTo("不知道");
    }

    @Test
    void circledAndFullWidthDigitsBecomeDigits() {
        assertThat(normaliser.normalise("①２3").folded()).isEqualTo("123");
    }

    @Test
    void eachFoldedCharacterKnowsItsOffsetInTheOriginal() {
        NormalisedText text = normaliser.normalise("您好😀，不 知道");
        assertThat(text.folded()).isEqualTo("你好不知道");
        assertThat(text.originalStart(0)).isZero();
        assertThat(text.originalStart(2)).isEqualTo(5);
        assertThat(text.originalEnd(2)).isEqualTo(6);
        assertThat(text.originalStart(3)).isEqualTo(7);
    }

    @Test
    void aCharacterFoldedIntoTwoKeepsTheOffsetOfTheOneItCameFrom() {
        NormalisedText text = normaliser.normalise("没啥");
        assertThat(text.folded()).isEqualTo("没什么");
        assertThat(text.originalStart(1)).isEqualTo(1);
        assertThat(text.originalStart(2)).isEqualTo(1);
        assertThat(text.originalEnd(2)).isEqualTo(2);
    }

    @Test
    void anEmptyTextIsEmpty() {
        assertThat(normaliser.normalise("，。 ").length()).isZero();
    }
}
