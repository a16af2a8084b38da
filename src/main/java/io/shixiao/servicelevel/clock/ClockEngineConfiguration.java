package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import io.shixiao.servicelevel.calendar.StatutoryScheduleCsv;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the clock engine: calendars, the deadline policy and the sweeps. */
@Configuration(proxyBeanMethods = false)
class ClockEngineConfiguration {

  private static final String PACKAGED_SCHEDULE = "/calendars/cn/cn-statutory-calendar-2020-2026.csv";

  /** The standard calendars on the packaged statutory schedule, unless the calendar module provides them. */
  @Bean
  @ConditionalOnMissingBean
  CalendarRegistry calendarRegistry() {
    try (InputStream in = ClockEngineConfiguration.class.getResourceAsStream(PACKAGED_SCHEDULE)) {
      StatutorySchedule schedule = StatutorySchedule.of(
          StatutoryScheduleCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      return CalendarRegistry.of(StandardCalendars.all(schedule));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Bean
  DeadlinePolicy deadlinePolicy(CalendarRegistry calendars) {
    return new DeadlinePolicy(calendars);
  }

  /** An empty catalog until the catalog module provides one: milestones then start no clock. */
  @Bean
  @ConditionalOnMissingBean
  StandardLookup standardLookup() {
    return new StandardLookup() {
      @Override
      public List<ServiceStandard> forCaseType(String caseType) {
        return List.of();
      }

      @Override
      public Optional<ServiceStandard> byCode(String code) {
        return Optional.empty();
      }

      @Override
      public List<ServiceStandard> all() {
        return List.of();
      }
    };
  }

  @Bean
  BreachSweep breachSweep(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
      SweepProperties properties) {
    return new BreachSweep(jdbc, transaction, events, clock, properties.batch());
  }

  @Bean
  WarningSweep warningSweep(JdbcClient jdbc, ClockRepository clocks, TransactionTemplate transaction,
      ApplicationEventPublisher events, Clock clock, SweepProperties properties) {
    return new WarningSweep(jdbc, clocks, transaction, events, clock, properties.batch());
  }
}
