package io.shixiao.quality.application;

/** A held text with the text itself, for its reviewer. */
public record HeldTextDetail(HeldTextView item, String text) {}
