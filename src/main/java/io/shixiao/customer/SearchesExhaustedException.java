package io.shixiao.customer;

import java.time.Duration;

/**
 * A staff member searched for customers more often than the hourly allowance: a clerk answering customers
 * does not come near it, a script trying ID numbers or mobiles one after another does.
 */
public class SearchesExhaustedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public SearchesExhaustedException(int allowance, Duration retryAfter) {
        super("At most " + allowance + " customer searches an hour; try again in " + retryAfter.toMinutes() + " min");
        this.retryAfter = retryAfter;
    }

    /** When the oldest counted search leaves the hour. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
