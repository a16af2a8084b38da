package io.shixiao.feedback.application;

import io.shixiao.claims.ClaimPaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A paid claim is called back when the insurer's sample draws it (DESIGN §2.4 支付 → 回访); the claimant's
 * contact stays with the claims module under the event's reference, only its masked form is kept here.
 */
@Component
class ClaimCallbacks {

    private final CallbackTasks tasks;

    ClaimCallbacks(CallbackTasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(ClaimPaid paid) {
        tasks.afterClaimPaid(
                paid.claimNo(),
                paid.insurerId(),
                paid.orgUnitId(),
                paid.maskedMobile(),
                paid.contactRef(),
                paid.amount());
    }
}
