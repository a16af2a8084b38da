package io.shixiao.notification.delivery;

/** The gateway did not accept a message; the message says why, without the recipient's number. */
public class SendFailedException extends RuntimeException {

    public SendFailedException(String message) {
        super(message);
    }

    public SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
