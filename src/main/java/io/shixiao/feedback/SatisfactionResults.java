package io.shixiao.feedback;

import io.shixiao.shared.security.DataScope;
import java.time.LocalDate;
import java.util.List;

/**
 * The satisfaction rates this module records, for other modules to show (the rural housing scheme's
 * county report): per question of one questionnaire, from the callback answers within {@code scope},
 * the rate being the share at the scale's top (满意). Nothing is recomputed by the reader.
 */
public interface SatisfactionResults {

    /** One question's answers and how many were at the top of its scale. */
    record QuestionRate(String questionCode, String question, long answers, long satisfied) {

        /** The share satisfied, 0–100 with one decimal. */
        public double percent() {
            return answers == 0 ? 0 : Math.round(satisfied * 1000.0 / answers) / 10.0;
        }
    }

    /** The rates of {@code questionnaire}'s service questions answered from {@code from} to {@code to} (both inclusive). */
    List<QuestionRate> byQuestion(DataScope scope, String questionnaire, LocalDate from, LocalDate to);
}
