package io.shixiao.organization.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation's entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

    private static final String SECTION = "organization";

    private static Set<Role> insurerUsers() {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        for (Role role : Role.values()) {
            if (role.isInsurerStaff()) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Bean
    NavigationItem organizationInsurersNavigation() {
        return new NavigationItem(SECTION, "nav.organization.insurers", "/organization/insurers", 10, insurerUsers());
    }

    @Bean
    NavigationItem organizationOutletsNavigation() {
        return new NavigationItem(SECTION, "nav.organization.outlets", "/organization/outlets", 20, insurerUsers());
    }

    @Bean
    NavigationItem organizationZonesNavigation() {
        return new NavigationItem(SECTION, "nav.organization.zones", "/organization/zones", 30, insurerUsers());
    }

    @Bean
    NavigationItem organizationStaffNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.organization.staff",
                "/organization/staff",
                40,
                Set.of(Role.ADMIN, Role.MANAGER, Role.DISPATCHER, Role.QUALITY_INSPECTOR));
    }

    @Bean
    NavigationItem organizationAssociationsNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.organization.associations",
                "/organization/associations",
                50,
                Set.of(Role.ADMIN, Role.MANAGER, Role.ASSOCIATION));
    }
}
