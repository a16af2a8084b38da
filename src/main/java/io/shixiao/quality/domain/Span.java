package io.shixiao.quality.domain;

/** Folded characters {@code start} (inclusive) to {@code end} (exclusive) of a normalised text. */
record Span(int start, int end) {

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
