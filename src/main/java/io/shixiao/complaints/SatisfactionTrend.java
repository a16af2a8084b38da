package io.shixiao.complaints;

import io.shixiao.shared.security.DataScope;
import java.time.LocalDate;
import java.util.List;

/**
 * Satisfaction over time for the complaints dashboard. The callbacks module owns the survey answers and
 * their statistics and implements this; it depends on this module (it calls back after a complaint closes),
 * so the dependency runs that way and this module only declares what it shows.
 */
public interface SatisfactionTrend {

    /** The questionnaire shown when none is asked for. */
    String DEFAULT_QUESTIONNAIRE = "SEED-004";

    /**
     * One month's rate.
     *
     * @param month e.g. 2026-10
     * @param percent the share answered at the scale's top, 0–100 with one decimal
     */
    record Month(String month, long answers, long satisfied, double percent) {}

    /**
     * The monthly satisfaction rate of one questionnaire from {@code from} to {@code to} (inclusive), as
     * {@code scope} sees it.
     *
     * @throws io.shixiao.shared.problem.InvalidInputException naming {@code questionnaire} when it is unknown
     */
    List<Month> monthly(DataScope scope, String questionnaire, LocalDate from, LocalDate to);

    /** The questionnaires there are, by code. */
    List<String> questionnaires();
}
