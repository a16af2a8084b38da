package io.shixiao.servicelevel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the State Council's holiday notice: a statutory holiday or an adjusted working day
 * (调休上班), with the name of the holiday it belongs to.
 */
public record StatutoryDay(LocalDate date, DayKind kind, String name) {

    public StatutoryDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (kind != DayKind.HOLIDAY && kind != DayKind.ADJUSTED_WORKDAY) {
            throw new IllegalArgumentException("A statutory day is a HOLIDAY or an ADJUSTED_WORKDAY, not " + kind);
        }
    }
}
