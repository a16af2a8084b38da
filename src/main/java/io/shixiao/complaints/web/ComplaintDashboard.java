package io.shixiao.complaints.web;

import io.shixiao.complaints.SatisfactionTrend;
import io.shixiao.complaints.application.ComplaintStatistics;
import io.shixiao.complaints.application.ComplaintStatistics.BranchRate;
import io.shixiao.complaints.application.ComplaintStatistics.ClockStanding;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The complaints dashboard's figures for the page and the API alike: open complaints by clock standing,
 * complaints per 10,000 policies per branch, and the callbacks module's satisfaction by month.
 */
@Component
class ComplaintDashboard {

    private final ComplaintStatistics statistics;
    private final SatisfactionTrend satisfaction;
    private final Clock clock;

    ComplaintDashboard(ComplaintStatistics statistics, SatisfactionTrend satisfaction, Clock clock) {
        this.statistics = statistics;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    /**
     * The dashboard over a period.
     *
     * @param from the first day of the period (complaints received, satisfaction answers)
     * @param to the last day; policies are counted in force at its end
     */
    record Figures(
            LocalDate from,
            LocalDate to,
            String questionnaire,
            Map<ClockStanding, Long> openByClockState,
            List<BranchRate> perTenThousandPolicies,
            List<SatisfactionTrend.Month> satisfaction) {}

    /** The figures {@code scope} sees; from/to default to the twelve months up to today. */
    Figures of(DataScope scope, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String questionnaire) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        LocalDate start = from != null ? from : end.minusMonths(12).plusDays(1);
        if (start.isAfter(end) || start.isBefore(end.minusYears(5))) {
            throw new InvalidInputException("from", "on or before 'to', at most five years earlier");
        }
        String code = questionnaire == null || questionnaire.isBlank()
                ? SatisfactionTrend.DEFAULT_QUESTIONNAIRE
                : questionnaire.strip();
        return new Figures(
                start,
                end,
                code,
                statistics.openByClockStanding(scope),
                statistics.perTenThousandPolicies(scope, start, end),
                satisfaction.monthly(scope, code, start, end));
    }

    List<String> questionnaires() {
        return satisfaction.questionnaires();
    }
}
