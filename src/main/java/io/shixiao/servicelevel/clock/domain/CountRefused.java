package io.shixiao.servicelevel.clock.domain;

/** An occurrence a count rule does not allow, or a count that is no longer open; the message says which. */
public class CountRefused extends RuntimeException {

    public CountRefused(String message) {
        super(message);
    }
}
