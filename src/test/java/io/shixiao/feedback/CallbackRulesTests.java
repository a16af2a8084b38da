package io.shixiao.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.feedback.domain.AttemptOutcome;
import io.shixiao.feedback.domain.CallbackReason;
import io.shixiao.feedback.domain.CallbackRefused;
import io.shixiao.feedback.domain.CallbackSampling;
import io.shixiao.feedback.domain.CallbackStatus;
import io.shixiao.feedback.domain.CallbackTask;
import io.shixiao.feedback.domain.Questionnaire;
import io.shixiao.shared.money.Money;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The callback rules as plain Java: sampling, attempts, answers on the questionnaire's own scale. */
class CallbackRulesTests {

    static final Questionnaire SURVEY_004 = new Questionnaire(
            "SEED-004",
            "理赔与投诉服务满意度调查",
            "004",
            null,
            null,
            List.of(new Questionnaire.Question(
                    "SPEED",
                    "您对理赔的速度是否满意?",
                    "SAT3-004",
                    true,
                    List.of(
                            new Questionnaire.Option("SATISFIED", "满意", true),
                            new Questionnaire.Option("FAIRLY_SATISFIED", "基本满意", false),
                            new Questionnaire.Option("DISSATISFIED", "不满意", false)))));

    @Test
    void everyClaimAtOrAboveTheAmountIsCalledBackAndAShareOfTheOthersIsDrawnTheSameWayEachTime() {
        CallbackSampling rule = new CallbackSampling(20, Money.yuan(10_000));
        assertThat(rule.reasonToCall("CLM1", Money.yuan(10_000))).contains(CallbackReason.ABOVE_AMOUNT);
        long drawn = IntStream.range(0, 2000)
                .filter(i -> rule.reasonToCall("CLM" + i, Money.yuan(500)).isPresent())
                .count();
        assertThat(drawn).isBetween(300L, 500L);
        assertThat(rule.reasonToCall("CLM42", Money.yuan(500))).isEqualTo(rule.reasonToCall("CLM42", Money.yuan(500)));
        assertThat(new CallbackSampling(0, Money.yuan(10_000)).reasonToCall("CLM42", Money.yuan(500)))
                .isEmpty();
        assertThatThrownBy(() -> new CallbackSampling(101, Money.ZERO)).isInstanceOf(CallbackRefused.class);
    }

    @Test
    void aCustomerNotReachedAfterTheLastAttemptAllowedIsUnreachableAndTheTaskTakesNoMoreSteps() {
        CallbackTask task = new CallbackTask(CallbackStatus.OPEN, 0, 3);
        task.attempted(AttemptOutcome.NO_ANSWER);
        task.attempted(AttemptOutcome.BUSY);
        assertThat(task.status()).isEqualTo(CallbackStatus.OPEN);
        task.attempted(AttemptOutcome.WRONG_NUMBER);
        assertThat(task.status()).isEqualTo(CallbackStatus.UNREACHABLE);
        assertThatThrownBy(() -> task.attempted(AttemptOutcome.NO_ANSWER))
                .isInstanceOf(CallbackRefused.class)
                .hasMessageContaining("UNREACHABLE");
        assertThatThrownBy(() -> task.answered(SURVEY_004, Map.of("SPEED", "SATISFIED")))
                .hasMessageContaining("UNREACHABLE");
    }

    @Test
    void aRefusalEndsTheCallbackAtOnce() {
        CallbackTask task = new CallbackTask(CallbackStatus.OPEN, 0, 3);
        task.attempted(AttemptOutcome.REFUSED);
        assertThat(task.status()).isEqualTo(CallbackStatus.UNREACHABLE);
    }

    @Test
    void answersMustUseTheQuestionsOwnScaleSoThe002And004ScalesStayApart() {
        CallbackTask task = new CallbackTask(CallbackStatus.OPEN, 1, 3);
        // 一般 (NEUTRAL) belongs to the 002 scale, not to 004's 满意/基本满意/不满意.
        assertThatThrownBy(() -> task.answered(SURVEY_004, Map.of("SPEED", "NEUTRAL")))
                .isInstanceOf(CallbackRefused.class)
                .extracting(e -> ((CallbackRefused) e).field())
                .isEqualTo("answers.SPEED");
        assertThatThrownBy(() -> task.answered(SURVEY_004, Map.of()))
                .extracting(e -> ((CallbackRefused) e).field())
                .isEqualTo("answers.SPEED");
        assertThatThrownBy(() -> task.answered(SURVEY_004, Map.of("SPEED", "SATISFIED", "Q5", "WILLING")))
                .extracting(e -> ((CallbackRefused) e).field())
                .isEqualTo("answers.Q5");
        task.answered(SURVEY_004, Map.of("SPEED", "FAIRLY_SATISFIED"));
        assertThat(task.status()).isEqualTo(CallbackStatus.COMPLETED);
    }
}
