package io.shixiao.complaints.application;

import io.shixiao.servicelevel.ServiceDeadlineBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A breached clock of a complaint or a claim proposes a remedy (服务质量协议第五条 5.3 服务失误). */
@Component
class BreachRemedies {

    private final Remedies remedies;

    BreachRemedies(Remedies remedies) {
        this.remedies = remedies;
    }

    @ApplicationModuleListener
    void on(ServiceDeadlineBreached breach) {
        remedies.proposeForBreach(breach.clock());
    }
}
