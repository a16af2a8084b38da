package io.shixiao.notification.delivery;

/**
 * One SMS to send.
 *
 * @param reference the outbox id, so a gateway can refuse a duplicate of a retried message
 * @param mobile the recipient, in clear (decrypted only for sending)
 * @param text the message
 */
public record OutgoingSms(long reference, String mobile, String text) {

    /** Hides the mobile number in logs. */
    @Override
    public String toString() {
        return "OutgoingSms[" + reference + "]";
    }
}
