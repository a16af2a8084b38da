package io.shixiao.claims.web;

import io.shixiao.claims.application.StepRoles;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.shared.security.Role;
import java.util.List;
import java.util.Set;

/**
 * The step forms a claim page offers: what the claim's status allows and the user's roles take. Only a
 * hint for the page; the aggregate decides.
 */
final class NextSteps {

    private NextSteps() {}

    static List<ClaimStep> of(ClaimStatus status, boolean denialNoticeOwed, Set<Role> roles) {
        List<ClaimStep> steps = switch (status) {
            case REPORTED -> List.of(ClaimStep.DISPATCH, ClaimStep.NO_SITE_SURVEY, ClaimStep.WITHDRAWAL);
            case DISPATCHED ->
                List.of(
                        ClaimStep.CONTACT,
                        ClaimStep.ARRIVAL,
                        ClaimStep.DISPATCH,
                        ClaimStep.NO_SITE_SURVEY,
                        ClaimStep.WITHDRAWAL);
            case ON_SITE ->
                List.of(ClaimStep.CONTACT, ClaimStep.SURVEY_REPORT, ClaimStep.ASSESSMENT_DISPUTE, ClaimStep.WITHDRAWAL);
            case SURVEYED ->
                List.of(ClaimStep.ASSESSMENT, ClaimStep.ASSESSMENT_DISPUTE, ClaimStep.DENIAL, ClaimStep.WITHDRAWAL);
            case ASSESSED ->
                List.of(
                        ClaimStep.ASSESSMENT_REVIEW,
                        ClaimStep.ASSESSMENT_DISPUTE,
                        ClaimStep.DENIAL,
                        ClaimStep.WITHDRAWAL);
            case REVIEWED -> List.of(ClaimStep.APPLICATION, ClaimStep.DENIAL, ClaimStep.WITHDRAWAL);
            case COLLECTING_DOCUMENTS ->
                List.of(
                        ClaimStep.DOCUMENTS,
                        ClaimStep.MISSING_DOCUMENTS_NOTICE,
                        ClaimStep.NOTICE_RECEIVED,
                        ClaimStep.ADVANCE_PAYMENT,
                        ClaimStep.DENIAL,
                        ClaimStep.WITHDRAWAL);
            case DOCUMENTS_COMPLETE ->
                List.of(ClaimStep.ADJUSTMENT, ClaimStep.ADVANCE_PAYMENT, ClaimStep.DENIAL, ClaimStep.WITHDRAWAL);
            case ADJUSTED ->
                List.of(
                        ClaimStep.APPROVAL,
                        ClaimStep.ADJUSTMENT,
                        ClaimStep.ADVANCE_PAYMENT,
                        ClaimStep.DENIAL,
                        ClaimStep.WITHDRAWAL);
            case APPROVED -> List.of(ClaimStep.AGREEMENT, ClaimStep.ADVANCE_PAYMENT);
            case AGREED -> List.of(ClaimStep.PAYMENT_INSTRUCTION, ClaimStep.CLOSE);
            case PAID -> List.of(ClaimStep.CLOSE);
            case DENIED ->
                denialNoticeOwed ? List.of(ClaimStep.DENIAL_NOTICE, ClaimStep.REOPEN) : List.of(ClaimStep.REOPEN);
            case CLOSED -> List.of(ClaimStep.REOPEN);
            case WITHDRAWN -> List.of();
        };
        return steps.stream()
                .filter(step -> StepRoles.of(step).stream().anyMatch(roles::contains))
                .toList();
    }
}
