package io.shixiao.policies.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policies module's entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class PolicyNavigation {

    private static final String SECTION = "policies";

    static Set<Role> staff() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.isInsurerStaff()) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Bean
    NavigationItem policiesSearchNavigation() {
        return new NavigationItem(SECTION, "nav.policies.search", "/policies", 10, staff());
    }

    @Bean
    NavigationItem policiesImportNavigation() {
        return new NavigationItem(SECTION, "nav.policies.import", "/policies/import", 20, EnumSet.of(Role.MANAGER));
    }
}
