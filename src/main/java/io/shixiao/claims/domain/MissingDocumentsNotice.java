package io.shixiao.claims.domain;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A notice of missing documents (补充材料通知, 保险法第二十二条第二款).
 *
 * @param number 1 for the one-time notice, 2… for a later one made necessary by new facts
 * @param items what the claimant is asked to supply
 * @param reason why a later notice was needed (null for the first)
 * @param approvedBy the manager who approved a later notice (null for the first)
 * @param sentAt when it was sent
 * @param receivedAt when it reached the claimant (the decision clocks pause from here, 司法解释二第十五条)
 * @param suppliedAt when the supplements arrived (the pause ends here)
 */
public record MissingDocumentsNotice(
        int number,
        Set<DocumentItem> items,
        @Nullable String reason,
        @Nullable String approvedBy,
        Instant sentAt,
        @Nullable Instant receivedAt,
        @Nullable Instant suppliedAt) {

    public MissingDocumentsNotice {
        items = Set.copyOf(items);
    }

    MissingDocumentsNotice received(Instant at) {
        return new MissingDocumentsNotice(number, items, reason, approvedBy, sentAt, at, suppliedAt);
    }

    MissingDocumentsNotice supplied(Instant at) {
        return new MissingDocumentsNotice(number, items, reason, approvedBy, sentAt, receivedAt, at);
    }

    /** Whether the claimant still owes what this notice asked for. */
    public boolean outstanding() {
        return suppliedAt == null;
    }
}
