package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.TransitionRefused;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Set;
import java.util.function.Supplier;

/** A refused domain step as the API answers it: 409 where the record's state refuses, 400 for bad input. */
final class Refusals {

    private static final Set<String> STATE_FIELDS = Set.of("status", "complexity", "pause", "channel", "kind");

    private Refusals() {}

    static RuntimeException answer(TransitionRefused refused) {
        return STATE_FIELDS.contains(refused.field())
                ? new ConflictException(refused.field(), refused.getMessage())
                : new InvalidInputException(refused.field(), refused.getMessage());
    }

    static <T> T guard(Supplier<T> step) {
        try {
            return step.get();
        } catch (TransitionRefused refused) {
            throw answer(refused);
        }
    }

    static void guard(Runnable step) {
        try {
            step.run();
        } catch (TransitionRefused refused) {
            throw answer(refused);
        }
    }
}
