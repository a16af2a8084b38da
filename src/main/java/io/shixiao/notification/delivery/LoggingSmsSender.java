package io.shixiao.notification.delivery;

import io.shixiao.shared.pii.Masks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development and test sender: writes a log line (the number masked) and reports success. Nothing
 * is sent to any phone.
 */
public class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public String send(OutgoingSms sms) {
        log.info("SMS {} to {} (logged, not sent): {}", sms.reference(), Masks.mobile(sms.mobile()), sms.text());
        return "log-" + sms.reference();
    }
}
