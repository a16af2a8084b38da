package io.shixiao.complaints.web;

import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import java.time.Duration;
import java.time.Instant;

/**
 * How a deadline the engine computed looks on a page at {@code now}: the time left, or how long ago it passed,
 * and a badge class. It only subtracts two instants; it never computes a deadline.
 */
record Remaining(String text, String badge) {

    static Remaining of(ClockView clock, Instant now) {
        if (clock.state() == ClockState.MET) {
            return new Remaining("✓", "ok");
        }
        if (clock.state() == ClockState.CANCELLED) {
            return new Remaining("—", "");
        }
        if (clock.state() == ClockState.PAUSED) {
            return new Remaining("⏸", "");
        }
        Duration left = Duration.between(now, clock.deadline());
        if (left.isNegative() || clock.state() == ClockState.BREACHED) {
            return new Remaining("-" + words(left.abs()), "danger");
        }
        long total = Duration.between(clock.startedAt(), clock.deadline()).toSeconds();
        boolean late = total > 0 && left.toSeconds() * 5 < total;
        return new Remaining(words(left), late ? "warn" : "");
    }

    private static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days > 0) {
            return days + "d" + hours + "h";
        }
        return hours + "h" + d.toMinutesPart() + "m";
    }
}
