package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.clock.domain.BreachAcknowledgement;
import io.shixiao.servicelevel.clock.domain.Extension;
import io.shixiao.servicelevel.clock.domain.PausedInterval;
import io.shixiao.servicelevel.clock.domain.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A clock with everything that happened to it, for the case page. */
@Component
public class ClockTimeline {

    private final ClockRepository clocks;
    private final ClockViews views;

    ClockTimeline(ClockRepository clocks, ClockViews views) {
        this.clocks = clocks;
        this.views = views;
    }

    /** A clock as the case page shows it. */
    public record Detail(
            UUID id,
            CaseRef caseRef,
            String standardCode,
            String title,
            int cycle,
            boolean lateStop,
            ClockState state,
            Instant startedAt,
            Instant deadline,
            Instant pausedSince,
            List<PausedInterval> pauses,
            List<Extension> extensions,
            Instant breachFlaggedAt,
            BreachAcknowledgement acknowledgement,
            Instant stoppedAt,
            List<TimelineEntry> timeline) {

        public boolean breached() {
            return state == ClockState.BREACHED;
        }
    }

    public Optional<Detail> detail(UUID clockId) {
        return clocks.findById(clockId)
                .map(c -> new Detail(
                        c.id(),
                        c.caseRef(),
                        c.standardCode(),
                        views.view(c).title(),
                        c.cycle(),
                        c.lateStop(),
                        c.state(),
                        c.startedAt(),
                        c.deadline(),
                        c.pausedSince(),
                        c.pauses(),
                        c.extensions(),
                        c.breachFlaggedAt(),
                        c.acknowledgement(),
                        c.stoppedAt(),
                        clocks.timeline(c.id())));
    }
}
