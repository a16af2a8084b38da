package io.shixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Shixiao (时效): one deployable, a modular monolith; each top-level package below is a module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ShixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShixiaoApplication.class, args);
    }
}
