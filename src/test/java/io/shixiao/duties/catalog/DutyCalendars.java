package io.shixiao.duties.catalog;

import io.shixiao.servicelevel.ServiceCalendars;
import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import io.shixiao.servicelevel.calendar.StatutoryScheduleCsv;
import io.shixiao.servicelevel.calendarsource.CalendarDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The engine's calendar API on the packaged 2020–2026 holiday schedule, without Spring. */
final class DutyCalendars {

    static final ServiceCalendars ENGINE = new CalendarDates(CalendarRegistry.of(
            StandardCalendars.all(StatutorySchedule.of(StatutoryScheduleCsv.parse(packagedCsv())))));

    private DutyCalendars() {}

    private static String packagedCsv() {
        try (InputStream in =
                DutyCalendars.class.getResourceAsStream("/calendars/cn/cn-statutory-calendar-2020-2026.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
