package io.shixiao.servicelevel.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A clock with everything that happened to it, for the case page. */
@Component
public class ClockTimeline {

    private final ClockRepository clocks;

    ClockTimeline(ClockRepository clocks) {
        this.clocks = clocks;
    }

    /** A clock as the case page shows it. */
    public record Detail(
            UUID id,
            String standardCode,
            String state,
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
            return "BREACHED".equals(state);
        }
    }

    public Optional<Detail> detail(UUID clockId) {
        return clocks.findById(clockId)
                .map(c -> new Detail(
                        c.id(),
                        c.standardCode(),
                        c.state().name(),
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
