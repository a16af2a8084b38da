package io.shixiao.claims.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claims module's menu entries: each role lands on its own work. */
@Configuration(proxyBeanMethods = false)
class ClaimsNavigation {

    private static final String SECTION = "claims";

    @Bean
    NavigationItem claimsReportNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.claims.report",
                "/claims/report",
                10,
                EnumSet.of(Role.AGENT, Role.CLAIMS_HANDLER, Role.MANAGER));
    }

    @Bean
    NavigationItem claimsBoardNavigation() {
        return new NavigationItem(
                SECTION, "nav.claims.board", "/claims/board", 20, EnumSet.of(Role.DISPATCHER, Role.MANAGER));
    }

    @Bean
    NavigationItem claimsTasksNavigation() {
        return new NavigationItem(
                SECTION, "nav.claims.tasks", "/claims/tasks", 30, EnumSet.of(Role.SURVEYOR, Role.MANAGER));
    }

    @Bean
    NavigationItem claimsListNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.claims.list",
                "/claims",
                40,
                EnumSet.of(
                        Role.AGENT,
                        Role.DISPATCHER,
                        Role.SURVEYOR,
                        Role.ASSESSOR,
                        Role.CLAIMS_HANDLER,
                        Role.CALLBACK_AGENT,
                        Role.MANAGER));
    }

    @Bean
    NavigationItem repairShopsNavigation() {
        return new NavigationItem(
                SECTION, "nav.claims.repairShops", "/repair-shops", 50, EnumSet.of(Role.ADMIN, Role.MANAGER));
    }
}
