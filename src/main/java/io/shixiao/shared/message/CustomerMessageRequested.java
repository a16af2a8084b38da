package io.shixiao.shared.message;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A module asks for a message to a customer (an SMS "报案已受理", "赔款已支付"): publish it with
 * {@code ApplicationEventPublisher} inside the transaction of the business change. The notification
 * module writes it to its outbox in that same transaction — so the message exists exactly when the
 * change was committed — and sends it later with retries. The event lives in {@code shared} so that
 * publishers do not depend on the notification module, which only listens.
 *
 * @param templateCode the message template, e.g. {@code CLAIM_REPORT_ACK}
 * @param insurerId the insurer sending it, whose delivery log shows it
 * @param orgPath the organisation unit's path of the case, or null for the insurer as a whole
 * @param sourceRef what it is about, e.g. {@code CLAIM/AL2026000123}
 * @param mobile the customer's mobile number; stored encrypted, shown masked
 * @param values the template's placeholders and their values
 */
public record CustomerMessageRequested(
        String templateCode,
        long insurerId,
        @Nullable String orgPath,
        String sourceRef,
        String mobile,
        Map<String, String> values) {

    public CustomerMessageRequested {
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(mobile, "mobile");
        values = Map.copyOf(values);
    }

    /** Hides the mobile number in logs. */
    @Override
    public String toString() {
        return "CustomerMessageRequested[" + templateCode + " for " + sourceRef + "]";
    }
}
