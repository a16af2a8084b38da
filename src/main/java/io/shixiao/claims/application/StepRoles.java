package io.shixiao.claims.application;

import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.shared.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** Who takes each step (DESIGN §1): the agent reports, the dispatcher dispatches, the surveyor surveys… */
public final class StepRoles {

    private StepRoles() {}

    public static Set<Role> of(ClaimStep step) {
        return switch (step) {
            case REPORT -> EnumSet.of(Role.AGENT, Role.CLAIMS_HANDLER, Role.MANAGER);
            case DISPATCH -> EnumSet.of(Role.DISPATCHER, Role.MANAGER);
            case CONTACT, ARRIVAL, SURVEY_REPORT -> EnumSet.of(Role.SURVEYOR, Role.MANAGER);
            // 浙江规范第七章 2.4.4: the surveyor or assessor facing the dispute records what the parties agreed.
            case ASSESSMENT_DISPUTE -> EnumSet.of(Role.SURVEYOR, Role.ASSESSOR, Role.MANAGER);
            case NO_SITE_SURVEY -> EnumSet.of(Role.DISPATCHER, Role.SURVEYOR, Role.MANAGER);
            case ASSESSMENT, ASSESSMENT_REVIEW -> EnumSet.of(Role.ASSESSOR, Role.MANAGER);
            case APPLICATION,
                    DOCUMENTS,
                    MISSING_DOCUMENTS_NOTICE,
                    NOTICE_RECEIVED,
                    ADJUSTMENT,
                    APPROVAL,
                    AGREEMENT,
                    PAYMENT_INSTRUCTION,
                    PAYMENT,
                    CLOSE,
                    DENIAL,
                    DENIAL_NOTICE,
                    ADVANCE_PAYMENT -> EnumSet.of(Role.CLAIMS_HANDLER, Role.MANAGER);
            // Reopening a decided claim overrides a closed decision: a manager's call.
            case REOPEN -> EnumSet.of(Role.MANAGER);
            case WITHDRAWAL -> EnumSet.of(Role.AGENT, Role.CLAIMS_HANDLER, Role.MANAGER);
        };
    }
}
