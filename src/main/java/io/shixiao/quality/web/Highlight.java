package io.shixiao.quality.web;

import io.shixiao.quality.MatchKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A text cut into plain stretches and the stretches where a phrase was found, for marking on a page. */
final class Highlight {

    /** A stretch of the text; {@code kind} is {@code exact}, {@code near} or null for plain text. */
    record Segment(String text, @Nullable String kind) {}

    /** Where a phrase was found. */
    record Span(int at, int length, MatchKind match) {}

    private Highlight() {}

    static List<Segment> of(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::at));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        int i = 0;
        while (i < sorted.size()) {
            Span span = sorted.get(i);
            int start = Math.max(span.at(), position);
            int end = Math.min(text.length(), span.at() + span.length());
            boolean exact = span.match() == MatchKind.EXACT;
            // Overlapping finds are marked as one stretch, exact where any of them is.
            while (i + 1 < sorted.size() && sorted.get(i + 1).at() < end) {
                Span next = sorted.get(++i);
                end = Math.min(text.length(), Math.max(end, next.at() + next.length()));
                exact |= next.match() == MatchKind.EXACT;
            }
            if (start < end) {
                if (position < start) {
                    segments.add(new Segment(text.substring(position, start), null));
                }
                segments.add(new Segment(text.substring(start, end), exact ? "exact" : "near"));
                position = end;
            }
            i++;
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), null));
        }
        return segments;
    }
}
