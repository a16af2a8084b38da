package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.ClockRef;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.CountView;
import io.shixiao.servicelevel.clock.domain.ServiceClock;
import io.shixiao.servicelevel.clock.domain.ServiceCount;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** What other modules, pages and events see of a clock or a count, with the standard's title. */
@Component
class ClockViews {

    private final StandardCatalog catalog;
    private final Clock clock;

    ClockViews(StandardCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    ClockView view(ServiceClock c) {
        return new ClockView(
                c.id(),
                c.caseRef(),
                c.standardCode(),
                c.standardVersion(),
                c.step(),
                title(c.standardCode(), c.standardVersion()),
                c.state(),
                c.owner().orgUnitId(),
                c.owner().orgPath(),
                c.owner().assigneeId(),
                c.startedAt(),
                c.deadline(),
                c.pausedSince(),
                c.warnedPercent(),
                c.breachFlaggedAt(),
                c.acknowledgement() == null ? null : c.acknowledgement().reason(),
                c.stoppedAt(),
                c.lateStop(),
                c.elapsed(clock.instant()).toSeconds(),
                c.extensions().size(),
                c.cycle(),
                c.version());
    }

    CountView view(ServiceCount c) {
        return new CountView(
                c.id(),
                c.caseRef(),
                c.standardCode(),
                c.step(),
                title(c.standardCode(), c.standardVersion()),
                c.counted(),
                c.limit().maximum(),
                c.justified(),
                c.exceeded(),
                c.startedAt(),
                c.stoppedAt());
    }

    ClockRef ref(ServiceClock c) {
        return new ClockRef(
                c.id(),
                c.caseRef(),
                c.standardCode(),
                c.step(),
                title(c.standardCode(), c.standardVersion()),
                c.owner().orgUnitId(),
                c.owner().orgPath(),
                c.owner().assigneeId());
    }

    /** The version of the standard the clock runs under. */
    ServiceStandard standardOf(ServiceClock c) {
        return catalog.version(c.standardCode(), c.standardVersion())
                .orElseThrow(() -> new IllegalStateException("Standard " + c.standardCode() + " of "
                        + c.standardVersion() + " is no longer in the catalog"));
    }

    /** The version of the standard the count runs under. */
    ServiceStandard standardOf(ServiceCount c) {
        return catalog.version(c.standardCode(), c.standardVersion())
                .orElseThrow(() -> new IllegalStateException("Standard " + c.standardCode() + " of "
                        + c.standardVersion() + " is no longer in the catalog"));
    }

    private String title(String code, java.time.LocalDate version) {
        return catalog.version(code, version).map(ServiceStandard::title).orElse(code);
    }
}
