package io.shixiao.feedback.application;

import io.shixiao.shared.message.HouseClaimPaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A paid rural house claim is called back, every one (seeds/004 客户回访: 定期对理赔服务情况进行回访), with the
 * bid's survey; the household's phone arrives encrypted and stays so.
 */
@Component
class HouseClaimCallbacks {

    private final CallbackTasks tasks;

    HouseClaimCallbacks(CallbackTasks tasks) {
        this.tasks = tasks;
    }

    @ApplicationModuleListener
    void on(HouseClaimPaid paid) {
        tasks.afterHouseClaimPaid(
                paid.claimNo(),
                paid.insurerId(),
                paid.orgUnitId(),
                paid.orgPath(),
                paid.phoneCipher(),
                paid.phoneMasked());
    }
}
