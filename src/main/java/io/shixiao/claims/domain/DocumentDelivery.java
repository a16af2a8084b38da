package io.shixiao.claims.domain;

import java.time.Instant;
import java.util.Set;

/**
 * One handing-in of documents, as the receipt (接收回执, 浙江规范第七章 2.5.2) lists it: its date is the
 * proof of when the claim application and each supplement arrived.
 *
 * @param receivedAt when the documents were received
 * @param items what was handed in this time
 * @param receivedBy who received them
 */
public record DocumentDelivery(Instant receivedAt, Set<DocumentItem> items, String receivedBy) {

    public DocumentDelivery {
        items = Set.copyOf(items);
    }
}
