package io.shixiao.notification.outbox;

import io.shixiao.notification.delivery.OutgoingSms;
import io.shixiao.notification.delivery.SendFailedException;
import io.shixiao.notification.delivery.SmsSender;
import io.shixiao.shared.pii.PiiCipher;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the due messages of the outbox. Each round claims a batch with {@code FOR UPDATE SKIP LOCKED}
 * (so nodes never send one message twice at once), hands each to the {@link SmsSender}, and records the
 * outcome: SENT, or a failure retried after a growing wait ({@link RetryPolicy}) until the attempts run
 * out (FAILED). The gateway receives the outbox id as its reference, so it can drop a duplicate should
 * a node die between sending and committing.
 */
@Component
public class OutboxDispatcher {

    private final OutboxRepository outbox;
    private final SmsSender sender;
    private final PiiCipher cipher;
    private final RetryPolicy retries;
    private final DispatchProperties properties;
    private final Clock clock;

    OutboxDispatcher(
            OutboxRepository outbox, SmsSender sender, PiiCipher cipher, DispatchProperties properties, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.cipher = cipher;
        this.retries = RetryPolicy.of(properties);
        this.properties = properties;
        this.clock = clock;
    }

    /** One round; the number of messages attempted. */
    @Transactional
    public int dispatch() {
        Instant now = clock.instant();
        int attempted = 0;
        for (OutboxRepository.Claimed message : outbox.claimDue(now, properties.batch())) {
            int attempts = message.attempts() + 1;
            try {
                String ref = sender.send(new OutgoingSms(
                        message.id(),
                        Objects.requireNonNull(cipher.decrypt(message.recipientCipher()), "recipient"),
                        message.body()));
                outbox.markSent(message.id(), attempts, ref, now);
            } catch (RuntimeException e) {
                Optional<Instant> next = retries.nextAttempt(attempts, now);
                outbox.markFailed(message.id(), attempts, describe(e), next.orElse(null), now);
            }
            attempted++;
        }
        return attempted;
    }

    private static String describe(RuntimeException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), "no message");
        return e instanceof SendFailedException ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
