package io.shixiao.servicelevel.calendar;

import io.shixiao.shared.input.TextRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a holiday schedule file: one day a line, {@code date,type,name} with type {@code holiday}
 * or {@code workday} (调休上班), an optional header line {@code date,type,name}, blank lines and
 * lines starting with {@code #} ignored. Every line is checked; the first wrong one is named.
 */
public final class StatutoryScheduleCsv {

    /** The years a schedule may be given for: all of them are served by the calendars and their API. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    /** Longer than any holiday's name (中华人民共和国国庆节调休上班 is 13 characters). */
    public static final int MAX_NAME_LENGTH = 50;

    private StatutoryScheduleCsv() {}

    // The name is shown on pages and written to exported files: plain, short, visible text, and never one
    // a spreadsheet would take for a formula (=, +, -, @ first).
    private static void checkName(int lineNumber, String name) {
        if (name.isEmpty()) {
            throw new CalendarDataException(lineNumber, "the holiday name is missing");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new CalendarDataException(
                    lineNumber, "the holiday name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        String problem = TextRules.problemWith(name);
        if (problem != null) {
            throw new CalendarDataException(lineNumber, "the holiday name " + problem);
        }
        if ("=+-@".indexOf(name.charAt(0)) >= 0) {
            throw new CalendarDataException(
                    lineNumber, "the holiday name must not start with =, +, - or @ (a spreadsheet formula)");
        }
    }

    /**
     * Parses the whole file.
     *
     * @throws CalendarDataException naming the first line that is not a valid day, or when the file
     *     holds no day at all
     */
    public static List<StatutoryDay> parse(String content) {
        List<StatutoryDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = content.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || (days.isEmpty() && line.equalsIgnoreCase("date,type,name"))) {
                continue;
            }
            StatutoryDay day = parseLine(lineNumber, line);
            if (!seen.add(day.date())) {
                throw new CalendarDataException(lineNumber, "the date " + day.date() + " appears twice");
            }
            days.add(day);
        }
        if (days.isEmpty()) {
            throw new CalendarDataException(Math.max(1, lines.length), "the file holds no day");
        }
        return days;
    }

    private static StatutoryDay parseLine(int lineNumber, String line) {
        String[] fields = line.split(",", 3);
        if (fields.length < 3) {
            throw new CalendarDataException(lineNumber, "expected date,type,name but found '" + line + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(lineNumber, "'" + fields[0].strip() + "' is not a date (yyyy-MM-dd)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new CalendarDataException(
                    lineNumber,
                    "the year " + date.getYear() + " is out of range (" + FIRST_YEAR + "–" + LAST_YEAR + ")");
        }
        String type = fields[1].strip();
        String name = fields[2].strip();
        checkName(lineNumber, name);
        if (type.equals("holiday")) {
            return new StatutoryDay(date, DayKind.HOLIDAY, name);
        }
        if (type.equals("workday")) {
            DayOfWeek weekday = date.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw new CalendarDataException(
                        lineNumber,
                        "an adjusted working day must be a Saturday or Sunday, " + date + " is a " + weekday);
            }
            return new StatutoryDay(date, DayKind.ADJUSTED_WORKDAY, name);
        }
        throw new CalendarDataException(lineNumber, "the type must be holiday or workday, not '" + type + "'");
    }

    /** Writes days back in the file format, header first, ordered by date. */
    public static String format(List<StatutoryDay> days) {
        StringBuilder out = new StringBuilder("date,type,name\n");
        days.stream()
                .sorted(java.util.Comparator.comparing(StatutoryDay::date))
                .forEach(day -> out.append(day.date())
                        .append(',')
                        .append(day.kind() == DayKind.HOLIDAY ? "holiday" : "workday")
                        .append(',')
                        .append(day.name())
                        .append('\n'));
        return out.toString();
    }
}
