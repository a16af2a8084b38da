package io.shixiao.organization.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An insurer's membership of an association from {@code joinedOn} until {@code leftOn} (empty while a member). */
public record Membership(
        long insurerId, LocalDate joinedOn, @Nullable LocalDate leftOn) {

    public boolean isCurrent() {
        return leftOn == null;
    }
}
