package io.shixiao.shared.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text rules on their own: what any text field of the platform accepts and refuses. */
class TextInputTests {

    @Test
    void ordinaryChineseAndEnglishTextWithLineBreaksAndEmojiIsAccepted() {
        assertThat(TextRules.problemWith("安澜财险 浙江分公司")).isNull();
        assertThat(TextRules.problemWith("第一行\n第二行\r\n\t缩进")).isNull();
        assertThat(TextRules.problemWith("👍 满意")).isNull();
        assertThat(TextRules.problemWith("")).isNull();
        assertThat(TextRules.problemWith("   "))
                .as("blank is @NotBlank's business")
                .isNull();
        assertThat(TextRules.problemWith("家\u200D人"))
                .as("a joiner inside visible text")
                .isNull();
    }

    @Test
    void aNulCharacterIsRefusedBecausePostgresqlCannotStoreIt() {
        assertThat(TextRules.problemWith("HENGTAI\u00002027")).isEqualTo(TextRules.NUL);
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefused() {
        assertThat(TextRules.problemWith("bell\u0007")).isEqualTo(TextRules.CONTROL);
        assertThat(TextRules.problemWith("escape\u001b[31m")).isEqualTo(TextRules.CONTROL);
        assertThat(TextRules.problemWith("delete\u007f")).isEqualTo(TextRules.CONTROL);
        assertThat(TextRules.problemWith("c1\u0085")).isEqualTo(TextRules.CONTROL);
    }

    @Test
    void textDirectionOverridesAreRefusedSoATextShowsAsItIsStored() {
        assertThat(TextRules.problemWith("invoice\u202Efdp.exe")).isEqualTo(TextRules.DIRECTION);
        assertThat(TextRules.problemWith("\u2066isolate\u2069")).isEqualTo(TextRules.DIRECTION);
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBeingStoredAsAQuestionMark() {
        assertThat(TextRules.problemWith("name\uD800")).isEqualTo(TextRules.SURROGATE);
        assertThat(TextRules.problemWith("\uDC00name")).isEqualTo(TextRules.SURROGATE);
    }

    @Test
    void aTextOfOnlyInvisibleCharactersIsRefusedThoughItPassesNotBlank() {
        assertThat(TextRules.problemWith("\u200B")).isEqualTo(TextRules.INVISIBLE);
        assertThat(TextRules.problemWith("\u200B \uFEFF\u2060")).isEqualTo(TextRules.INVISIBLE);
        assertThat(TextRules.problemWith("\u3164")).isEqualTo(TextRules.INVISIBLE);
    }
}
