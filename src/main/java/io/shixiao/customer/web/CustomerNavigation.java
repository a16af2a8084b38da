package io.shixiao.customer.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entry of the one-customer view, for the roles {@link Access#SEARCHERS} names. */
@Configuration(proxyBeanMethods = false)
class CustomerNavigation {

    @Bean
    NavigationItem customerFileNavigation() {
        return new NavigationItem(
                "customers",
                "nav.customers",
                "/customers",
                10,
                EnumSet.of(Role.AGENT, Role.CLAIMS_HANDLER, Role.COMPLAINT_HANDLER, Role.CALLBACK_AGENT, Role.MANAGER));
    }
}
