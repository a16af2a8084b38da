package io.shixiao.feedback.domain;

/** A callback step the task's state or the questionnaire does not allow; names the field. */
public class CallbackRefused extends RuntimeException {

    private final String field;

    public CallbackRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
