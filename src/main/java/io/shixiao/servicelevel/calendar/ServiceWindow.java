package io.shixiao.servicelevel.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A span of a day during which a service is open, such as 08:30–17:00. A {@code close} of 00:00
 * means midnight at the end of the day (24:00), so {@code 00:00–00:00} is the whole day.
 */
public record ServiceWindow(LocalTime open, LocalTime close) {

    /** The whole day, 00:00–24:00. */
    public static final ServiceWindow WHOLE_DAY = new ServiceWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    public ServiceWindow {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
            throw new IllegalArgumentException("A service window must close after it opens: " + open + "–" + close);
        }
    }

    /** Parses {@code HH:mm-HH:mm}; {@code 24:00} is accepted as the close at the end of the day. */
    public static ServiceWindow parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A service window is written HH:mm-HH:mm, not '" + text + "'");
        }
        LocalTime open = LocalTime.parse(parts[0]);
        LocalTime close = "24:00".equals(parts[1]) ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]);
        return new ServiceWindow(open, close);
    }

    /** Whether the window closes at 24:00, the end of the day. */
    public boolean closesAtMidnight() {
        return close.equals(LocalTime.MIDNIGHT);
    }

    long openNanoOfDay() {
        return open.toNanoOfDay();
    }

    long closeNanoOfDay() {
        return closesAtMidnight() ? NANOS_PER_DAY : close.toNanoOfDay();
    }

    @Override
    public String toString() {
        return open + "-" + (closesAtMidnight() ? "24:00" : close.toString());
    }
}
