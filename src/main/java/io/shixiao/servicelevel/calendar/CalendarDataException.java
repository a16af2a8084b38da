package io.shixiao.servicelevel.calendar;

/** Holiday data that cannot be read; names the line (1-based) so the file can be fixed. */
public class CalendarDataException extends RuntimeException {

    private final int line;

    public CalendarDataException(int line, String message) {
        super("Line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the file that is wrong. */
    public int line() {
        return line;
    }
}
