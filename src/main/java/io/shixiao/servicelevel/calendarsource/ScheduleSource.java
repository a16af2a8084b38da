package io.shixiao.servicelevel.calendarsource;

/** Where the schedule of a year was read from. */
public enum ScheduleSource {
    /** A file packaged with the application ({@code calendars/cn/*.csv} on the classpath). */
    PACKAGED,
    /** A file dropped into the calendars directory ({@code shixiao.calendars.directory}). */
    DIRECTORY,
    /** A file uploaded by an administrator and kept in the database. */
    UPLOAD
}
