package io.shixiao.servicelevel;

import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A count rule was broken: the counted step happened more often than the standard allows (a fourth
 * ring before the hotline answered). Published once per count.
 */
public record ServiceCountExceeded(
        UUID countId,
        CaseRef caseRef,
        String standardCode,
        String step,
        String title,
        long orgUnitId,
        String orgPath,
        int counted,
        int maximum,
        Set<Role> escalateTo,
        Instant at) {

    public ServiceCountExceeded {
        escalateTo = Set.copyOf(escalateTo);
    }
}
