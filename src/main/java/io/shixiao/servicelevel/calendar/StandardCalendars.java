package io.shixiao.servicelevel.calendar;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** The calendars every installation has, built from the published statutory schedule. */
public final class StandardCalendars {

    /** The statutory calendar: weekends, statutory holidays and adjusted working days. */
    public static final String CN = "CN";

    /** Round the clock, every day (a 24-hour hotline). */
    public static final String ROUND_THE_CLOCK = "24x7";

    /** 365 days × 8 hours: claims accepted 08:30–17:00 every day, holidays included (浙江规范 第七章 2.5.1). */
    public static final String EVERY_DAY_EIGHT_HOURS = "365x8";

    /** Office hours 08:30–17:00 on statutory working days; business closes at 17:00. */
    public static final String CN_OFFICE = "CN-OFFICE";

    /** The calendars a catalog standard may count on. */
    public static final Set<String> CATALOG_CALENDARS = Set.of(CN, ROUND_THE_CLOCK, EVERY_DAY_EIGHT_HOURS, CN_OFFICE);

    private static final ServiceWindow OFFICE_HOURS = new ServiceWindow(LocalTime.of(8, 30), LocalTime.of(17, 0));

    private StandardCalendars() {}

    /** The four standard calendars on {@code schedule}. */
    public static List<ServiceCalendar> all(StatutorySchedule schedule) {
        return List.of(cn(schedule), roundTheClock(), everyDayEightHours(), cnOffice(schedule));
    }

    /** {@code CN}: statutory working days; a working day is served for the whole day. */
    public static ServiceCalendar cn(StatutorySchedule schedule) {
        return ServiceCalendarBuilder.calendar(CN)
                .restDaysOf(schedule)
                .windowOnWorkingDays(ServiceWindow.WHOLE_DAY)
                .build();
    }

    /** {@code 24x7}: every day working, open 00:00–24:00. */
    public static ServiceCalendar roundTheClock() {
        return ServiceCalendarBuilder.calendar(ROUND_THE_CLOCK)
                .everyDayWorking()
                .windowOnEveryDay(ServiceWindow.WHOLE_DAY)
                .build();
    }

    /** {@code 365x8}: every day working, holidays included, open 08:30–17:00 (浙江规范 第七章 2.5.1). */
    public static ServiceCalendar everyDayEightHours() {
        return ServiceCalendarBuilder.calendar(EVERY_DAY_EIGHT_HOURS)
                .everyDayWorking()
                .windowOnEveryDay(OFFICE_HOURS)
                .build();
    }

    /** {@code CN-OFFICE}: statutory working days, open 08:30–17:00, business closes at 17:00. */
    public static ServiceCalendar cnOffice(StatutorySchedule schedule) {
        return ServiceCalendarBuilder.calendar(CN_OFFICE)
                .restDaysOf(schedule)
                .windowOnWorkingDays(OFFICE_HOURS)
                .build();
    }
}
