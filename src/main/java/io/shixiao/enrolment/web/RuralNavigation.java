package io.shixiao.enrolment.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rural housing entries in the main menu: the county authority, the administrator and insurer staff;
 * the village liaison's reporting page.
 */
@Configuration(proxyBeanMethods = false)
class RuralNavigation {

    static Set<Role> readers() {
        Set<Role> roles = EnumSet.of(Role.ADMIN, Role.COUNTY_AUTHORITY);
        for (Role role : Role.values()) {
            if (role.isInsurerStaff()) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Bean
    NavigationItem ruralSchemesNavigation() {
        return new NavigationItem("rural", "nav.rural.schemes", "/rural", 10, readers());
    }

    @Bean
    NavigationItem ruralLiaisonNavigation() {
        return new NavigationItem("rural", "nav.rural.liaison", "/rural/liaison", 20, Set.of(Role.VILLAGE_LIAISON));
    }
}
