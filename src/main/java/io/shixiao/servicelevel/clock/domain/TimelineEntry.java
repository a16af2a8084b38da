package io.shixiao.servicelevel.clock.domain;

import java.time.Instant;

/** One line of a clock's timeline: what happened, when, and who did it. */
public record TimelineEntry(
        Instant at,
        String kind,
        String detail,
        @org.jspecify.annotations.Nullable String actor) {}
