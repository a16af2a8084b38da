package io.shixiao.duties.domain;

/** A completion that cannot be recorded as given; {@link #field()} names what is wrong. */
public class CompletionRefused extends RuntimeException {

    private final String field;

    public CompletionRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
