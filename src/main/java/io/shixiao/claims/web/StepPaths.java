package io.shixiao.claims.web;

import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.shared.problem.NotFoundException;
import java.util.Map;

/** The URL word of each step, e.g. {@code missing-documents-notice}. */
public final class StepPaths {

    static final Map<String, ClaimStep> STEPS = Map.ofEntries(
            Map.entry("dispatch", ClaimStep.DISPATCH),
            Map.entry("contact", ClaimStep.CONTACT),
            Map.entry("arrival", ClaimStep.ARRIVAL),
            Map.entry("no-site-survey", ClaimStep.NO_SITE_SURVEY),
            Map.entry("survey-report", ClaimStep.SURVEY_REPORT),
            Map.entry("assessment", ClaimStep.ASSESSMENT),
            Map.entry("assessment-review", ClaimStep.ASSESSMENT_REVIEW),
            Map.entry("application", ClaimStep.APPLICATION),
            Map.entry("documents", ClaimStep.DOCUMENTS),
            Map.entry("supplements", ClaimStep.DOCUMENTS),
            Map.entry("missing-documents-notice", ClaimStep.MISSING_DOCUMENTS_NOTICE),
            Map.entry("notice-received", ClaimStep.NOTICE_RECEIVED),
            Map.entry("adjustment", ClaimStep.ADJUSTMENT),
            Map.entry("decision", ClaimStep.ADJUSTMENT),
            Map.entry("approval", ClaimStep.APPROVAL),
            Map.entry("agreement", ClaimStep.AGREEMENT),
            Map.entry("payments", ClaimStep.PAYMENT_INSTRUCTION),
            Map.entry("close", ClaimStep.CLOSE),
            Map.entry("denial", ClaimStep.DENIAL),
            Map.entry("denial-notice", ClaimStep.DENIAL_NOTICE),
            Map.entry("withdraw", ClaimStep.WITHDRAWAL),
            Map.entry("advance-payments", ClaimStep.ADVANCE_PAYMENT),
            Map.entry("reopen", ClaimStep.REOPEN),
            Map.entry("assessment-dispute", ClaimStep.ASSESSMENT_DISPUTE));

    private StepPaths() {}

    /** The URL word of {@code step} (the first one where a step has two). */
    public static String pathOf(ClaimStep step) {
        return switch (step) {
            case DOCUMENTS -> "documents";
            case ADJUSTMENT -> "adjustment";
            default ->
                STEPS.entrySet().stream()
                        .filter(e -> e.getValue() == step)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow();
        };
    }

    static ClaimStep step(String path) {
        ClaimStep step = STEPS.get(path);
        if (step == null) {
            throw new NotFoundException("Claim step", path);
        }
        return step;
    }
}
