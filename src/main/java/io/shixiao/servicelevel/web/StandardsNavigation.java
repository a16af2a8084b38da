package io.shixiao.servicelevel.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries of the standards catalog. */
@Configuration(proxyBeanMethods = false)
class StandardsNavigation {

    @Bean
    NavigationItem standardsCatalogNavigation() {
        return new NavigationItem("service", "nav.standards.catalog", "/service-levels/standards", 10, Set.of());
    }

    @Bean
    NavigationItem standardsParametersNavigation() {
        return new NavigationItem(
                "admin",
                "nav.standards.parameters",
                "/admin/standards/parameters",
                50,
                Set.of(Role.ADMIN, Role.MANAGER));
    }
}
