package io.shixiao.complaints.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaint desk's entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class ComplaintNavigation {

    private static final String SECTION = "complaints";

    static Set<Role> readers() {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        for (Role role : Role.values()) {
            if (role.isInsurerStaff()) {
                roles.add(role);
            }
        }
        return roles;
    }

    @Bean
    NavigationItem consultationsNavigation() {
        return new NavigationItem(SECTION, "nav.complaints.consultations", "/consultations", 10, readers());
    }

    @Bean
    NavigationItem complaintsNavigation() {
        return new NavigationItem(SECTION, "nav.complaints.complaints", "/complaints", 20, readers());
    }

    @Bean
    NavigationItem complaintDashboardNavigation() {
        return new NavigationItem(SECTION, "nav.complaints.dashboard", "/complaint-dashboard", 25, readers());
    }

    @Bean
    NavigationItem remediesNavigation() {
        return new NavigationItem(SECTION, "nav.complaints.remedies", "/remedies", 30, readers());
    }

    /** 超时补救约定 next to 补救: the insurer's managers set what a breached clock proposes. */
    @Bean
    NavigationItem remedyTermsNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.complaints.remedyTerms",
                "/remedy-terms",
                35,
                EnumSet.of(Role.MANAGER, Role.QUALITY_INSPECTOR));
    }

    @Bean
    NavigationItem rectificationsNavigation() {
        return new NavigationItem(SECTION, "nav.complaints.rectifications", "/rectifications", 40, readers());
    }
}
