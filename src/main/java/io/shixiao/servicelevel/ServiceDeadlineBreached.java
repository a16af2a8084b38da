package io.shixiao.servicelevel;

import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A clock's deadline passed before its stop milestone was recorded; published once per clock, by the
 * breach sweep or by a stop milestone recorded late before the sweep saw the clock.
 *
 * @param escalateTo the roles the standard names for a breach (the unit's MANAGER where it names none)
 */
public record ServiceDeadlineBreached(ClockRef clock, Set<Role> escalateTo, Instant deadline, Instant detectedAt) {

    public ServiceDeadlineBreached {
        escalateTo = Set.copyOf(escalateTo);
    }
}
