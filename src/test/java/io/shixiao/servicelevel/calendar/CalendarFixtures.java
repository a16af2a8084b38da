package io.shixiao.servicelevel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The packaged holiday schedule and the standard calendars built on it. */
final class CalendarFixtures {

    static final StatutorySchedule SCHEDULE = StatutorySchedule.of(StatutoryScheduleCsv.parse(packagedCsv()));
    static final ServiceCalendar CN = StandardCalendars.cn(SCHEDULE);
    static final ServiceCalendar CN_OFFICE = StandardCalendars.cnOffice(SCHEDULE);
    static final ServiceCalendar ROUND_THE_CLOCK = StandardCalendars.roundTheClock();
    static final ServiceCalendar EVERY_DAY_EIGHT_HOURS = StandardCalendars.everyDayEightHours();

    private CalendarFixtures() {}

    static String packagedCsv() {
        try (InputStream in = CalendarFixtures.class.getResourceAsStream(NaiveReference.CSV)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceCalendar byId(String id) {
        return switch (id) {
            case "CN" -> CN;
            case "CN-OFFICE" -> CN_OFFICE;
            case "24x7" -> ROUND_THE_CLOCK;
            case "365x8" -> EVERY_DAY_EIGHT_HOURS;
            default -> throw new IllegalArgumentException(id);
        };
    }
}
