package io.shixiao.shared.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request that is well formed but clashes with the current state (duplicate, wrong status). */
public class ConflictException extends RuntimeException {

    private final transient List<FieldProblem> fields;

    public ConflictException(String field, @Nullable String message) {
        this(new FieldProblem(field, message));
    }

    private ConflictException(FieldProblem problem) {
        super(problem.message());
        this.fields = List.of(problem);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
