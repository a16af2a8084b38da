package io.shixiao.complaints.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a complaint's timeline; a back-dated step shows both times and its reason. */
public record TimelineEntry(
        String step,
        Instant occurredAt,
        Instant recordedAt,
        String recordedBy,
        @Nullable String note,
        @Nullable String lateReason) {

    public boolean backDated() {
        return lateReason != null;
    }
}
