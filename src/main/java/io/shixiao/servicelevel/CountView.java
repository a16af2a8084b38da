package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules and screens see of a count rule on a case (保险法第二十二条 一次性通知; 铃响三声内接听).
 *
 * @param counted how often the counted step happened so far
 * @param maximum how often it may happen and still comply
 * @param justified occurrences beyond the maximum that carried a recorded reason (allowed where the standard says so)
 * @param exceeded whether the rule was broken
 */
public record CountView(
        UUID id,
        CaseRef caseRef,
        String standardCode,
        String step,
        String title,
        int counted,
        int maximum,
        int justified,
        boolean exceeded,
        Instant startedAt,
        @Nullable Instant stoppedAt) {}
