package io.shixiao.duties.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the owner records when a duty is done.
 *
 * @param performedOn the day the work was done (the survey closed, the report published)
 * @param evidence where the proof is: a report number, a file reference, a link
 * @param note anything else worth keeping
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded; this, not {@code performedOn}, decides whether it was in time
 */
public record Completion(
        LocalDate performedOn, String evidence, @Nullable String note, String recordedBy, Instant recordedAt) {}
