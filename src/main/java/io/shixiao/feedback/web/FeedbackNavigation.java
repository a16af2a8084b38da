package io.shixiao.feedback.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The callbacks' entries in the main menu. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    private static final String SECTION = "feedback";

    @Bean
    NavigationItem callbackQueueNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.feedback.callbacks",
                "/callbacks",
                10,
                EnumSet.of(
                        Role.ADMIN,
                        Role.CALLBACK_AGENT,
                        Role.COMPLAINT_HANDLER,
                        Role.CLAIMS_HANDLER,
                        Role.MANAGER,
                        Role.QUALITY_INSPECTOR));
    }

    @Bean
    NavigationItem satisfactionNavigation() {
        return new NavigationItem(
                SECTION,
                "nav.feedback.satisfaction",
                "/satisfaction",
                20,
                EnumSet.of(
                        Role.ADMIN,
                        Role.CALLBACK_AGENT,
                        Role.COMPLAINT_HANDLER,
                        Role.CLAIMS_HANDLER,
                        Role.MANAGER,
                        Role.QUALITY_INSPECTOR));
    }
}
