package io.shixiao.quality.application;

import io.shixiao.quality.MatchKind;
import io.shixiao.quality.ServiceStage;

/** A phrase a recorded check found, where it stood in the text. */
public record RecordedHit(
        long phraseId,
        String phrase,
        ServiceStage stage,
        MatchKind match,
        boolean blocks,
        double similarity,
        int at,
        int length) {}
