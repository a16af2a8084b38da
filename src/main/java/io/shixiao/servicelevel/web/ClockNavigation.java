package io.shixiao.servicelevel.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the clock monitor and the compliance statistics. */
@Configuration(proxyBeanMethods = false)
class ClockNavigation {

    @Bean
    NavigationItem clockMonitorNavigation() {
        return new NavigationItem(
                "service",
                "clocks.nav.monitor",
                "/service-levels/monitor",
                20,
                Set.of(
                        Role.ADMIN,
                        Role.MANAGER,
                        Role.QUALITY_INSPECTOR,
                        Role.DISPATCHER,
                        Role.CLAIMS_HANDLER,
                        Role.COMPLAINT_HANDLER,
                        Role.ASSOCIATION));
    }

    @Bean
    NavigationItem complianceNavigation() {
        return new NavigationItem(
                "service",
                "clocks.nav.compliance",
                "/service-levels/compliance",
                30,
                Set.of(Role.ADMIN, Role.MANAGER, Role.QUALITY_INSPECTOR, Role.ASSOCIATION));
    }
}
