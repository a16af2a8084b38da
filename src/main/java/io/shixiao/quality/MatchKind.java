package io.shixiao.quality;

/** How a text matched a listed phrase. */
public enum MatchKind {
    /** The phrase's words (or a core clause of them), however spaced, punctuated or written. */
    EXACT,
    /** Wording close to the phrase's, measured; never blocks, holds the text for a supervisor. */
    NEAR
}
