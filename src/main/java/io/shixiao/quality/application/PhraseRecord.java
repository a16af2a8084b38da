package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;
import java.time.Instant;
import java.util.List;

/**
 * A phrase on the list as stored.
 *
 * @param core the clauses forbidden on their own; empty where only the whole phrase is
 * @param sourceClause where the source says it; null for a phrase an administrator added
 * @param seedKey the packaged seed entry, e.g. {@code GENERAL-01}; null for an added phrase
 * @param active a disabled phrase stays on record but checks nothing
 */
public record PhraseRecord(
        long id,
        ServiceStage stage,
        String phrase,
        List<String> core,
        String sourceClause,
        String seedKey,
        boolean active,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        int version) {

    public PhraseRecord {
        core = List.copyOf(core);
    }

    /** A phrase of the seed: its words and stage are the seed's; only its core and status change. */
    public boolean seed() {
        return seedKey != null;
    }
}
