package io.shixiao.feedback.application;

import io.shixiao.feedback.SatisfactionResults;
import io.shixiao.feedback.domain.Questionnaire;
import io.shixiao.shared.security.DataScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@link SatisfactionResults} from {@link SatisfactionStatistics}, each question named as the questionnaire asks it. */
@Component
class PublishedSatisfaction implements SatisfactionResults {

    private final SatisfactionStatistics statistics;
    private final Questionnaires questionnaires;

    PublishedSatisfaction(SatisfactionStatistics statistics, Questionnaires questionnaires) {
        this.statistics = statistics;
        this.questionnaires = questionnaires;
    }

    @Override
    public List<QuestionRate> byQuestion(DataScope scope, String questionnaire, LocalDate from, LocalDate to) {
        Map<String, String> texts = questionnaires.byCode(questionnaire).stream()
                .flatMap(q -> q.questions().stream())
                .collect(Collectors.toMap(Questionnaire.Question::code, Questionnaire.Question::text, (a, b) -> a));
        return statistics.rates(scope, questionnaire, SatisfactionStatistics.Dimension.QUESTION, from, to).stream()
                .map(rate -> new QuestionRate(
                        rate.key(), texts.getOrDefault(rate.key(), rate.key()), rate.answers(), rate.satisfied()))
                .toList();
    }
}
