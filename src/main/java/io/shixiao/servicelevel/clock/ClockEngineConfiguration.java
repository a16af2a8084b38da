package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.clock.domain.DeadlineCalculator;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the clock engine: the deadline policy on the application's calendars, and the sweeps. */
@Configuration(proxyBeanMethods = false)
class ClockEngineConfiguration {

    @Bean
    DeadlineCalculator deadlineCalculator(CalendarRegistry calendars) {
        return new DeadlineCalculator(calendars);
    }

    @Bean
    BreachSweep breachSweep(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            StandardCatalog catalog,
            Clock clock,
            SweepProperties properties) {
        return new BreachSweep(jdbc, transaction, events, catalog, clock, properties.batch());
    }

    @Bean
    WarningSweep warningSweep(
            JdbcClient jdbc,
            ClockRepository clocks,
            ClockViews views,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock,
            SweepProperties properties) {
        return new WarningSweep(jdbc, clocks, views, transaction, events, clock, properties.batch());
    }
}
