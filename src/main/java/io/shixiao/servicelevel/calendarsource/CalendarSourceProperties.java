package io.shixiao.servicelevel.calendarsource;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where holiday schedules come from besides the packaged files.
 *
 * @param directory a directory scanned for {@code *.csv} schedule files on start and on reload;
 *     created when missing
 */
@ConfigurationProperties("shixiao.calendars")
public record CalendarSourceProperties(
        @DefaultValue("./calendars") Path directory) {}
