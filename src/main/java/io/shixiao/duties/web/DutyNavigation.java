package io.shixiao.duties.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The duty page's entry in the service section of the menu. */
@Configuration(proxyBeanMethods = false)
class DutyNavigation {

    @Bean
    NavigationItem recurringDutiesNavigation() {
        return new NavigationItem(
                "service",
                "duties.nav.board",
                "/service-levels/duties",
                40,
                Set.of(
                        Role.ADMIN,
                        Role.MANAGER,
                        Role.QUALITY_INSPECTOR,
                        Role.CALLBACK_AGENT,
                        Role.ASSOCIATION,
                        Role.COUNTY_AUTHORITY));
    }
}
