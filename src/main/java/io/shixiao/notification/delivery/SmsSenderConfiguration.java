package io.shixiao.notification.delivery;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * Chooses the sender: {@code shixiao.notification.sms.sender=logging} (the default: nothing leaves the
 * machine) or {@code http} with {@code shixiao.notification.sms.http.url}, {@code .token} and {@code
 * .timeout-ms}.
 */
@Configuration(proxyBeanMethods = false)
class SmsSenderConfiguration {

    @Bean
    @ConditionalOnProperty(name = "shixiao.notification.sms.sender", havingValue = "http")
    SmsSender httpSmsGatewaySender(
            @Value("${shixiao.notification.sms.http.url:}") String url,
            @Value("${shixiao.notification.sms.http.token:}") String token,
            @Value("${shixiao.notification.sms.http.timeout-ms:5000}") long timeoutMs,
            ObjectMapper json) {
        URI gateway = url.isBlank() ? null : URI.create(url);
        if (gateway == null || !gateway.isAbsolute() || !gateway.getScheme().startsWith("http")) {
            // Refuse to start rather than queue every message for a gateway that cannot be reached.
            throw new IllegalStateException(
                    "shixiao.notification.sms.sender=http needs shixiao.notification.sms.http.url (SHIXIAO_SMS_URL)");
        }
        if (token.isBlank()) {
            throw new IllegalStateException(
                    "shixiao.notification.sms.sender=http needs shixiao.notification.sms.http.token (SHIXIAO_SMS_TOKEN)");
        }
        return new HttpSmsGatewaySender(gateway, token, Duration.ofMillis(timeoutMs), json);
    }

    @Bean
    @ConditionalOnProperty(name = "shixiao.notification.sms.sender", havingValue = "logging", matchIfMissing = true)
    SmsSender loggingSmsSender() {
        return new LoggingSmsSender();
    }
}
