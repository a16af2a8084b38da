package io.shixiao.notification.outbox;

import io.shixiao.notification.template.MessageTemplate;
import io.shixiao.notification.template.MessageTemplates;
import io.shixiao.notification.template.TemplateText;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.message.CustomerMessageRequested;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.pii.PiiCipher;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each {@link CustomerMessageRequested} to the outbox synchronously, inside the publisher's
 * transaction: the message is committed with the business change or not at all. A request that can
 * never be sent (unknown template, a missing value, an invalid number) is kept as REJECTED with the
 * reason, so the business change is not undone by a template mistake and the delivery log shows it.
 */
@Component
class CustomerMessageIntake {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessageIntake.class);

    private final MessageTemplates templates;
    private final OutboxRepository outbox;
    private final PiiCipher cipher;
    private final Clock clock;

    CustomerMessageIntake(MessageTemplates templates, OutboxRepository outbox, PiiCipher cipher, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(CustomerMessageRequested request) {
        String mobile = request.mobile().strip();
        boolean validMobile = MobileNumber.isValid(mobile);
        String masked = validMobile ? Masks.mobile(mobile) : "—";
        String body = null;
        String error = null;
        Optional<MessageTemplate> template = templates.find(request.templateCode());
        if (template.isEmpty()) {
            error = "unknown template " + request.templateCode();
        } else if (!validMobile) {
            error = "not a mainland mobile number";
        } else {
            try {
                body = TemplateText.render(template.get().body(), request.values());
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        long id = outbox.insert(
                request.templateCode(),
                request.insurerId(),
                request.orgPath(),
                truncate(request.sourceRef(), 100),
                validMobile ? cipher.encrypt(mobile) : null,
                masked,
                body,
                error,
                clock.instant());
        if (error != null) {
            log.warn("Customer message {} for {} rejected: {}", id, request.sourceRef(), error);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
