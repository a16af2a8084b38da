package io.shixiao.servicelevel.calendar;

import java.util.Set;

/**
 * A calendar's working days or windows changed for some years (a holiday schedule was uploaded or
 * reloaded); running clocks counted on it must have their deadlines recomputed.
 *
 * @param calendarId the calendar that changed
 * @param years the years whose days changed
 */
public record CalendarChanged(String calendarId, Set<Integer> years) {

    public CalendarChanged {
        years = Set.copyOf(years);
    }
}
