package io.shixiao.notification.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the dispatcher on this node every {@code shixiao.notification.dispatch.interval-ms}. */
@Component
@ConditionalOnBooleanProperty(name = "shixiao.notification.dispatch.enabled", matchIfMissing = true)
class DispatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

    private final OutboxDispatcher dispatcher;
    private final DispatchProperties properties;

    DispatchSchedule(OutboxDispatcher dispatcher, DispatchProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${shixiao.notification.dispatch.interval-ms:2000}",
            initialDelayString = "${shixiao.notification.dispatch.interval-ms:2000}")
    void run() {
        try {
            // A full batch may leave more due messages behind.
            while (dispatcher.dispatch() == properties.batch()) {
                log.debug("Outbox: another full batch dispatched");
            }
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch failed; retrying on the next round", e);
        }
    }
}
