package io.shixiao.quality.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quality module's entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class QualityNavigation {

    private static final String SECTION = "quality";

    /** Every insurer role and the administrator: whoever writes to customers or reads the list. */
    static Set<Role> staff() {
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        for (Role role : Role.values()) {
            if (role.isInsurerStaff()) {
                roles.add(role);
            }
        }
        return roles;
    }

    static Set<Role> supervisors() {
        return EnumSet.of(Role.ADMIN, Role.QUALITY_INSPECTOR, Role.MANAGER);
    }

    @Bean
    NavigationItem qualityPhrasesNavigation() {
        return new NavigationItem(SECTION, "nav.quality.phrases", "/quality/phrases", 10, staff());
    }

    @Bean
    NavigationItem qualityTryNavigation() {
        return new NavigationItem(SECTION, "nav.quality.try", "/quality/try", 20, staff());
    }

    @Bean
    NavigationItem qualityReviewsNavigation() {
        return new NavigationItem(SECTION, "nav.quality.reviews", "/quality/reviews", 30, supervisors());
    }

    @Bean
    NavigationItem qualityHitsNavigation() {
        return new NavigationItem(SECTION, "nav.quality.hits", "/quality/hits", 40, supervisors());
    }
}
