package io.shixiao.notification.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTests {

    private static final String PAID = "【{insurerName}】您的赔案{claimNo}赔款{amount}元已支付。";

    @Test
    void everyPlaceholderIsFilledWithItsValue() {
        assertThat(TemplateText.render(
                        PAID, Map.of("insurerName", "安澜财险", "claimNo", "AL2026000123", "amount", "1,280.00")))
                .isEqualTo("【安澜财险】您的赔案AL2026000123赔款1,280.00元已支付。");
    }

    @Test
    void aMessageWithAPlaceholderLeftEmptyIsNotRendered() {
        assertThatThrownBy(() -> TemplateText.render(PAID, Map.of("insurerName", "安澜财险", "claimNo", " ")))
                .hasMessage("no value for claimNo, amount");
    }

    @Test
    void aValueCannotBreakTheMessageIntoLines() {
        assertThat(TemplateText.render("号{claimNo}。", Map.of("claimNo", "AL1\n请回复验证码")))
                .isEqualTo("号AL1 请回复验证码。");
    }

    @Test
    void aValueIsTakenLiterallyEvenWithDollarSignsAndBraces() {
        assertThat(TemplateText.render("号{claimNo}。", Map.of("claimNo", "$1{amount}")))
                .isEqualTo("号$1{amount}。");
    }

    @Test
    void aBodyMayOnlyUseItsDeclaredVariables() {
        assertThat(TemplateText.undeclared(PAID, List.of("insurerName", "claimNo")))
                .containsExactly("amount");
        assertThat(TemplateText.placeholders("{a}{b}{a}")).containsExactly("a", "b");
    }
}
