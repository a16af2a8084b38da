package io.shixiao.servicelevel.calendarsource;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one calendar registry of the application; {@link CalendarCatalog} fills and refreshes it. */
@Configuration(proxyBeanMethods = false)
class CalendarSourceConfiguration {

    @Bean
    CalendarRegistry calendarRegistry() {
        return new CalendarRegistry();
    }
}
