package io.shixiao.shared.division;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DivisionsConfiguration {

    @Bean
    Divisions divisions() {
        return Divisions.packaged();
    }
}
