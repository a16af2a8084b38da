package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ComplaintStatus;
import io.shixiao.complaints.domain.Complexity;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.complaints.domain.Pause;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the complaint list; the first complainant's name masked. */
public record ComplaintRow(
        String number,
        long insurerId,
        ComplaintStatus status,
        ContactChannel channel,
        ComplaintCategory category,
        Instant receivedAt,
        @Nullable String handlerName,
        boolean major,
        Complexity complexity,
        @Nullable Pause paused,
        @Nullable String firstComplainant,
        int complainants) {}
