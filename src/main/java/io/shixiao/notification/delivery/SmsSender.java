package io.shixiao.notification.delivery;

/** Sends one SMS; the dispatcher retries a failure later. */
public interface SmsSender {

    /**
     * Hands the message to the gateway.
     *
     * @return the gateway's id of the message, for the delivery log
     * @throws SendFailedException when the gateway did not accept it (the dispatcher retries)
     */
    String send(OutgoingSms sms);
}
