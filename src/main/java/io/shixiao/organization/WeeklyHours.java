package io.shixiao.organization;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An outlet's business hours per weekday; a day without hours is closed. The service-level engine
 * builds the {@code outlet:{id}} business-hours calendar from it.
 */
public record WeeklyHours(Map<DayOfWeek, OpeningHours> days) {

    public WeeklyHours {
        EnumMap<DayOfWeek, OpeningHours> copy = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            copy.putAll(days);
        }
        days = Collections.unmodifiableMap(copy);
    }

    public Optional<OpeningHours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isClosedOn(DayOfWeek day) {
        return !days.containsKey(day);
    }
}
