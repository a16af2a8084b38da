package io.shixiao.shared.problem;

import org.jspecify.annotations.Nullable;

/** One offending field of a request and what is wrong with it. */
public record FieldProblem(String field, String message) {

    /**
     * An exception without a message (or a binding error without a name) still makes a problem that names
     * something, instead of a null the problem's JSON could not carry.
     */
    public FieldProblem(@Nullable String field, @Nullable String message) {
        this.field = field == null || field.isBlank() ? "request" : field;
        this.message = message == null || message.isBlank() ? "invalid" : message;
    }
}
