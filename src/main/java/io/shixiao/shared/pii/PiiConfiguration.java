package io.shixiao.shared.pii;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PiiConfiguration {

    @Bean
    PiiCipher piiCipher(@Value("${shixiao.pii.key}") String key) {
        return PiiCipher.fromBase64(key);
    }
}
