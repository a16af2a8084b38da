package io.shixiao.complaints.domain;

/** A step the record's current state does not allow; the message names the state. */
public class TransitionRefused extends RuntimeException {

    private final String field;

    public TransitionRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field or state the refusal is about, for the problem answer. */
    public String field() {
        return field;
    }
}
