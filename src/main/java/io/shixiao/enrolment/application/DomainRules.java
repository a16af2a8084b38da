package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.SchemeRuleViolation;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.function.Supplier;

/** Turns a broken rule of the domain into the platform's 4xx problem naming the field. */
final class DomainRules {

    private DomainRules() {}

    static <T> T enforce(Supplier<T> step) {
        try {
            return step.get();
        } catch (SchemeRuleViolation e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    static void enforce(Runnable step) {
        enforce(() -> {
            step.run();
            return null;
        });
    }
}
