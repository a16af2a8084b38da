package io.shixiao.organization;

import java.time.LocalTime;

/** The hours an outlet is open on one day: from {@code opens} to {@code closes}, the same day. */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (opens == null || closes == null || !closes.isAfter(opens)) {
            throw new IllegalArgumentException("An outlet closes after it opens");
        }
    }

    @Override
    public String toString() {
        return opens + "–" + closes;
    }
}
