package io.shixiao.shared.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A client's input that breaks a rule; answered 400 naming the fields. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> fields;

    public InvalidInputException(String field, @Nullable String message) {
        this(new FieldProblem(field, message));
    }

    private InvalidInputException(FieldProblem problem) {
        this(List.of(problem), "Field '" + problem.field() + "': " + problem.message());
    }

    public InvalidInputException(List<FieldProblem> fields, String detail) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
