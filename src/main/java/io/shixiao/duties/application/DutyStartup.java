package io.shixiao.duties.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the current periods' occurrences at start-up, after the organisation and the service-level
 * demo data (which records the demo contracts) have run, so the duty page is filled on a first run.
 */
@Component
@Order(40)
class DutyStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DutyStartup.class);

    private final OccurrenceGenerator generator;

    DutyStartup(OccurrenceGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        int opened = generator.generate();
        if (opened > 0) {
            log.info("Recurring duties: {} occurrence(s) opened", opened);
        }
    }
}
