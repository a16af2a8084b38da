package io.shixiao.feedback.application;

import io.shixiao.complaints.SatisfactionTrend;
import io.shixiao.feedback.application.SatisfactionStatistics.Dimension;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The satisfaction statistics by month, as the complaints dashboard shows them: the same figures as /satisfaction. */
@Component
class ComplaintSatisfactionTrend implements SatisfactionTrend {

    private final SatisfactionStatistics statistics;
    private final Questionnaires questionnaires;

    ComplaintSatisfactionTrend(SatisfactionStatistics statistics, Questionnaires questionnaires) {
        this.statistics = statistics;
        this.questionnaires = questionnaires;
    }

    @Override
    public List<Month> monthly(DataScope scope, String questionnaire, LocalDate from, LocalDate to) {
        if (questionnaires.byCode(questionnaire).isEmpty()) {
            throw new InvalidInputException("questionnaire", "one of " + questionnaires.codes());
        }
        return statistics.rates(scope, questionnaire, Dimension.MONTH, from, to).stream()
                .map(r -> new Month(r.key(), r.answers(), r.satisfied(), r.percent()))
                .toList();
    }

    @Override
    public List<String> questionnaires() {
        return List.copyOf(questionnaires.codes());
    }
}
