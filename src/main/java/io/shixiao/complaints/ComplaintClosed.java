package io.shixiao.complaints;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A complaint was closed after its decision (or its review): the customer is to be called back
 * (浙江规范第八章; DESIGN §2.5 "callback").
 *
 * @param number the complaint number, e.g. {@code TS2026-000012}
 * @param upheld whether the decision found for the complainant
 * @param mobileCipher the first complainant's mobile, encrypted as stored (never plain in an event)
 * @param mobileMasked the same mobile masked, for lists
 * @param handlerName who handled it, for the satisfaction statistics per staff member
 */
public record ComplaintClosed(
        String number,
        long insurerId,
        long orgUnitId,
        String orgPath,
        boolean upheld,
        @Nullable String mobileCipher,
        @Nullable String mobileMasked,
        @Nullable String handlerName,
        Instant closedAt) {}
