package io.shixiao.feedback.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire as data: its questions in order, each with its answer scale. The seeds' surveys keep their
 * own scales (002: 满意/一般/不满意; 004: 满意/基本满意/不满意), never merged.
 *
 * @param omitted what the packaged version leaves out of its source and why, or null
 */
public record Questionnaire(
        String code,
        String title,
        String source,
        @Nullable String intro,
        @Nullable String omitted,
        List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /**
     * One question.
     *
     * @param ratesService whether it rates the service and enters the satisfaction rate
     */
    public record Question(String code, String text, String scaleCode, boolean ratesService, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }

        public Optional<Option> option(String optionCode) {
            return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
        }
    }

    /**
     * One answer of a scale.
     *
     * @param satisfied counts as satisfied in the satisfaction rate (the scale's top answer)
     */
    public record Option(String code, String label, boolean satisfied) {}

    /** Refuses answers that miss a question, name an unknown one or an option outside its scale. */
    public void check(Map<String, String> answers) {
        for (Question question : questions) {
            String chosen = answers.get(question.code());
            if (chosen == null || chosen.isBlank()) {
                throw new CallbackRefused("answers." + question.code(), "required");
            }
            if (question.option(chosen).isEmpty()) {
                throw new CallbackRefused(
                        "answers." + question.code(), "not an answer of scale " + question.scaleCode());
            }
        }
        for (String asked : answers.keySet()) {
            if (questions.stream().noneMatch(q -> q.code().equals(asked))) {
                throw new CallbackRefused("answers." + asked, "not a question of " + code);
            }
        }
    }
}
