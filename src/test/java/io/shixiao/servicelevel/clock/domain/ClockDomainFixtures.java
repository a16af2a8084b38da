package io.shixiao.servicelevel.clock.domain;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import io.shixiao.servicelevel.calendar.StatutoryScheduleCsv;
import io.shixiao.shared.time.ShanghaiTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

/** The statutory calendars and Shanghai instants for the clock domain's unit tests. */
public final class ClockDomainFixtures {

    public static final CalendarRegistry CALENDARS = CalendarRegistry.of(StandardCalendars.all(schedule()));
    public static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDARS);

    private ClockDomainFixtures() {}

    static StatutorySchedule schedule() {
        try (InputStream in =
                ClockDomainFixtures.class.getResourceAsStream("/calendars/cn/cn-statutory-calendar-2020-2026.csv")) {
            return StatutorySchedule.of(
                    StatutoryScheduleCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An instant given as Shanghai local time, e.g. {@code 2026-03-02T10:00:00}. */
    public static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(ShanghaiTime.ZONE).toInstant();
    }
}
