package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.ServiceCalendar;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendarsource.CalendarCatalog;
import io.shixiao.shared.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The calendars, their days, and deadline questions ("when does a period of 5 working days from
 * this moment end?"), for any signed-in user; uploading a holiday schedule is for administrators.
 */
@RestController
@Tag(name = "Calendars", description = "法定工作日历：节假日与调休、期限计算（民法典第二百零一条至第二百零四条）、年度日程上传")
@RequestMapping("/api/v1/calendars")
class CalendarApiController {

    private static final int MAX_DAYS_LISTED = 366;

    private final CalendarRegistry registry;
    private final CalendarCatalog catalog;

    CalendarApiController(CalendarRegistry registry, CalendarCatalog catalog) {
        this.registry = registry;
        this.catalog = catalog;
    }

    /** Every calendar with the years whose holiday schedule is published. */
    @Operation(summary = "The calendars and the years each serves")
    @GetMapping
    List<Map<String, Object>> calendars() {
        List<Map<String, Object>> calendars = new ArrayList<>();
        LocalDate ordinaryMonday = LocalDate.of(2025, 3, 3);
        for (ServiceCalendar calendar : registry.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", calendar.id());
            entry.put("followsStatutoryHolidays", calendar.followsStatutoryHolidays());
            entry.put(
                    "publishedYears",
                    calendar.followsStatutoryHolidays() ? catalog.schedule().years() : Set.of());
            entry.put(
                    "serviceWindowsOnAWorkingDay",
                    calendar.windowsOn(ordinaryMonday).stream()
                            .map(Object::toString)
                            .toList());
            calendars.add(entry);
        }
        return calendars;
    }

    /** When a period ends; see {@link io.shixiao.servicelevel.calendar.PeriodArithmetic} for the rules. */
    @Operation(summary = "The deadline of a period started at an instant")
    @GetMapping("/{calendar}/deadline")
    Map<String, Object> deadline(
            @PathVariable("calendar") String calendar,
            @RequestParam(name = "start", required = false) String start,
            @RequestParam(name = "amount", required = false) String amount,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "rollRestDay", required = false) String rollRestDay,
            @RequestParam(name = "endAtCloseOfBusiness", required = false) String endAtCloseOfBusiness) {
        DeadlineQuery query =
                DeadlineQuery.parse(registry, calendar, start, amount, unit, rollRestDay, endAtCloseOfBusiness);
        return query.answer(query.compute());
    }

    /** The days from {@code from} to {@code to} (at most 366), with their kind and holiday name. */
    @Operation(summary = "Working days, rest days and adjusted days of a range")
    @GetMapping("/{calendar}/days")
    Map<String, Object> days(
            @PathVariable("calendar") String calendarId,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to) {
        ServiceCalendar calendar = registry.find(calendarId)
                .orElseThrow(() -> new InvalidInputException("calendar", "Unknown calendar '" + calendarId + "'"));
        LocalDate first = DeadlineQuery.date("from", from);
        LocalDate last = DeadlineQuery.date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "The range ends before it begins");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS_LISTED) {
            throw new InvalidInputException("to", "List at most " + MAX_DAYS_LISTED + " days at a time");
        }
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", day.toString());
            entry.put("weekday", day.getDayOfWeek().name());
            entry.put("working", calendar.isWorkingDay(day));
            entry.put("kind", calendar.dayKind(day).name());
            entry.put("holiday", calendar.holidayName(day).orElse(null));
            entry.put("published", calendar.isPublished(day.getYear()));
            days.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calendar", calendar.id());
        body.put("from", first.toString());
        body.put("to", last.toString());
        body.put("days", days);
        return body;
    }

    /**
     * Uploads a holiday schedule file ({@code date,type,name} lines) for the statutory calendars; every
     * year in it replaces that year. A file with a wrong line is refused naming the line.
     */
    @Operation(summary = "Replace one year of a calendar from an uploaded schedule (administrator)")
    @PostMapping("/{calendar}/schedule")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> upload(
            @PathVariable("calendar") String calendar,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal) {
        // No 'consumes' condition: a request of another type must reach this method to be answered with a problem.
        if (file == null) {
            throw new InvalidInputException(
                    "file", "Send the schedule as multipart/form-data with a part named 'file'");
        }
        if (!StandardCalendars.CN.equals(calendar) && !StandardCalendars.CN_OFFICE.equals(calendar)) {
            throw new InvalidInputException(
                    "calendar", "Holiday schedules are uploaded for CN (and so CN-OFFICE), not '" + calendar + "'");
        }
        Set<Integer> years;
        try {
            years = catalog.upload(
                    file.getOriginalFilename(), file.getBytes(), principal == null ? null : principal.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calendar", StandardCalendars.CN);
        body.put("years", years);
        body.put("publishedYears", catalog.schedule().years());
        return body;
    }
}
