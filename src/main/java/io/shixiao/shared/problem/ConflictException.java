package io.shixiao.shared.problem;

import java.util.List;

/** A request that is well formed but clashes with the current state (duplicate, wrong status). */
public class ConflictException extends RuntimeException {

    private final transient List<FieldProblem> fields;

    public ConflictException(String field, String message) {
        super(message);
        this.fields = List.of(new FieldProblem(field, message));
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
