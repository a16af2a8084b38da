package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.DayKind;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 节假日日历: a year of the statutory calendar as twelve month grids, and a deadline calculator that
 * answers through htmx.
 */
@Controller
class CalendarPageController {

    private final CalendarRegistry registry;
    private final Clock clock;

    CalendarPageController(CalendarRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** One day of a month grid; {@code date} is null for the blanks before the 1st and after the end. */
    record DayCell(
            @Nullable LocalDate date,
            @Nullable DayKind kind,
            @Nullable String holiday,
            boolean today) {
        public String css() {
            if (date == null) {
                return "blank";
            }
            return switch (kind) {
                        case HOLIDAY -> "holiday";
                        case ADJUSTED_WORKDAY -> "adjusted";
                        case WEEKEND -> "weekend";
                        case WORKDAY -> "workday";
                    }
                    + (today ? " today" : "");
        }
    }

    /** Consecutive days of a month with the same kind and holiday name, such as 10/1–10/8 国庆节. */
    record NamedRun(LocalDate from, LocalDate to, DayKind kind, String name) {
        public String dates() {
            String first = from.getMonthValue() + "/" + from.getDayOfMonth();
            return from.equals(to) ? first : first + "–" + to.getMonthValue() + "/" + to.getDayOfMonth();
        }

        public boolean holiday() {
            return kind == DayKind.HOLIDAY;
        }
    }

    /** A month as weeks of seven days, Monday first, and the holidays named in it. */
    record MonthGrid(YearMonth month, List<List<DayCell>> weeks, List<NamedRun> named) {}

    @GetMapping("/service-levels/calendar")
    String calendar(
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            @RequestParam(name = "calendar", required = false) @Nullable String calendarId,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        int shown = year == null || year < 1950 || year > 2900 ? today.getYear() : year;
        ServiceCalendar calendar = registry.find(calendarId == null ? StandardCalendars.CN : calendarId)
                .orElse(registry.get(StandardCalendars.CN));
        List<MonthGrid> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(grid(calendar, YearMonth.of(shown, month), today));
        }
        model.addAttribute("year", shown);
        model.addAttribute("calendar", calendar);
        model.addAttribute("calendars", registry.all());
        model.addAttribute("published", calendar.isPublished(shown));
        model.addAttribute("months", months);
        model.addAttribute("units", PeriodUnit.values());
        model.addAttribute("defaultStart", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        return "servicelevel/calendar";
    }

    /** The calculator's answer: a fragment for htmx, the whole page otherwise. */
    @GetMapping("/service-levels/calendar/deadline")
    String deadline(
            @RequestParam(name = "calendar", required = false) String calendar,
            @RequestParam(name = "start", required = false) String start,
            @RequestParam(name = "amount", required = false) String amount,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "rollRestDay", required = false) String rollRestDay,
            @RequestParam(name = "endAtCloseOfBusiness", required = false) String endAtCloseOfBusiness,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Integer year = null;
        try {
            DeadlineQuery query = DeadlineQuery.parse(
                    registry,
                    calendar,
                    start,
                    amount,
                    unit,
                    rollRestDay == null ? "false" : rollRestDay,
                    endAtCloseOfBusiness);
            model.addAttribute("query", query);
            model.addAttribute("result", query.compute());
            year = query.start().getYear();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.fields().get(0));
        }
        if (htmx != null) {
            return "servicelevel/calendar :: result";
        }
        return calendar(year, calendar, model);
    }

    private static MonthGrid grid(ServiceCalendar calendar, YearMonth month, LocalDate today) {
        List<List<DayCell>> weeks = new ArrayList<>();
        List<NamedRun> named = new ArrayList<>();
        List<DayCell> week = new ArrayList<>();
        int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < blanks; i++) {
            week.add(new DayCell(null, null, null, false));
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            DayKind kind = calendar.dayKind(date);
            String holiday = calendar.holidayName(date).orElse(null);
            week.add(new DayCell(date, kind, holiday, date.equals(today)));
            if (holiday != null) {
                NamedRun previous = named.isEmpty() ? null : named.get(named.size() - 1);
                if (previous != null
                        && previous.to().plusDays(1).equals(date)
                        && previous.kind() == kind
                        && previous.name().equals(holiday)) {
                    named.set(named.size() - 1, new NamedRun(previous.from(), date, kind, holiday));
                } else {
                    named.add(new NamedRun(date, date, kind, holiday));
                }
            }
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new DayCell(null, null, null, false));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks, named);
    }

    @Bean
    static NavigationItem calendarNavigation() {
        return new NavigationItem("service", "calendar.nav", "/service-levels/calendar", 80, Set.of());
    }

    @Bean
    static NavigationItem calendarAdminNavigation() {
        return new NavigationItem("admin", "calendar.admin.nav", "/admin/calendars", 60, Set.of(Role.ADMIN));
    }
}
