package io.shixiao.shared.problem;

import java.util.List;

/** A client's input that breaks a rule; answered 400 naming the fields. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> fields;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)), "Field '" + field + "': " + message);
    }

    public InvalidInputException(List<FieldProblem> fields, String detail) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
