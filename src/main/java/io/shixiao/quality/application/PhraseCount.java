package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;

/** How often a phrase was found in a period. */
public record PhraseCount(long phraseId, String phrase, ServiceStage stage, long hits) {}
