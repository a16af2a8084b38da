package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the clock engine: the deadline policy on the application's calendars, and the sweeps. */
@Configuration(proxyBeanMethods = false)
class ClockEngineConfiguration {

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
