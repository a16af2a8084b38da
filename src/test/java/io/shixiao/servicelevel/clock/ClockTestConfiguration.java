package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.clock.domain.ClockDomainFixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A settable clock for integration tests of the clock engine on the packaged catalog. */
@TestConfiguration(proxyBeanMethods = false)
public class ClockTestConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(ClockDomainFixtures.at("2026-03-02T09:00:00"));
    }
}
