package io.shixiao.servicelevel;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which clock an event is about, with what a listener needs to act without asking the engine: the
 * case, the standard and the step it binds, and who answers for it.
 */
public record ClockRef(
        UUID clockId,
        CaseRef caseRef,
        String standardCode,
        String step,
        String title,
        long orgUnitId,
        String orgPath,
        @Nullable Long assigneeId) {}
