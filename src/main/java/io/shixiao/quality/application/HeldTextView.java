package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text held for review, without the text itself (see {@link HeldTexts#open}).
 *
 * @param status {@code PENDING}, {@code RELEASED} or {@code REJECTED}
 */
public record HeldTextView(
        long id,
        Instant checkedAt,
        long authorAccountId,
        String authorUsername,
        String authorName,
        ServiceStage stage,
        String source,
        String reference,
        int textLength,
        String status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        int version,
        List<RecordedHit> hits) {

    public HeldTextView {
        hits = List.copyOf(hits);
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
