package io.shixiao.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times are stored as instants and shown in Asia/Shanghai, the zone of every statutory period. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ShanghaiTime() {}

    public static String display(@org.jspecify.annotations.Nullable Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant.atZone(ZONE));
    }
}
