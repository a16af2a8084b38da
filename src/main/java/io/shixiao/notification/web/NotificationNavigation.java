package io.shixiao.notification.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification section of the menu. */
@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    private static final String SECTION = "notification";

    @Bean
    NavigationItem notificationInboxNavigation() {
        return new NavigationItem(SECTION, "notification.nav.inbox", "/notifications/inbox", 10, Set.of());
    }

    @Bean
    NavigationItem notificationLogNavigation() {
        return new NavigationItem(
                SECTION,
                "notification.nav.log",
                "/notifications/messages",
                20,
                Set.of(Role.ADMIN, Role.MANAGER, Role.QUALITY_INSPECTOR));
    }

    @Bean
    NavigationItem notificationTemplatesNavigation() {
        return new NavigationItem(
                SECTION, "notification.nav.templates", "/admin/notifications/templates", 30, Set.of(Role.ADMIN));
    }
}
