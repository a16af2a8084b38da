package io.shixiao.quality.web;

import io.shixiao.quality.ServiceStage;
import io.shixiao.shared.problem.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A stage named in a request, read so that a wrong name is answered naming the field. */
final class Stages {

    static final String NAMES =
            Arrays.stream(ServiceStage.values()).map(Enum::name).collect(Collectors.joining(", "));

    private Stages() {}

    /** The stage, or null after adding the problem with {@code name} to {@code problems}. */
    static @Nullable ServiceStage read(@Nullable String name, String field, List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem(field, "required, one of " + NAMES));
            return null;
        }
        try {
            return ServiceStage.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "'" + name + "' is not a stage; one of " + NAMES));
            return null;
        }
    }
}
