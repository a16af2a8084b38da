package io.shixiao.servicelevel.clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A settable clock and a catalog of four standards for integration tests of the clock engine. */
@TestConfiguration(proxyBeanMethods = false)
public class ClockTestConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(ClockFixtures.at("2026-03-02T09:00:00"));
    }

    @Bean
    @Primary
    StandardLookup testStandards() {
        return ClockFixtures.lookup(
                ClockFixtures.dispatchWithinFiveMinutes(),
                ClockFixtures.decideWithinThirtyDays(),
                ClockFixtures.agreeWithinTenWorkingDays(),
                ClockFixtures.complaintWithinFifteenDays());
    }
}
