package io.shixiao.duties.domain;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One owner's occurrence of a recurring duty for one period: due at {@code due}, done once with
 * evidence, flagged overdue by the sweep when its due time passes first.
 */
public final class DutyOccurrence {

    /** Longest evidence reference kept. */
    public static final int EVIDENCE_MAX = 500;

    /** Longest note kept. */
    public static final int NOTE_MAX = 2000;

    private final long id;
    private final String dutyCode;
    private final DutyOwnerType ownerType;
    private final long ownerId;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final Instant due;
    private final boolean optional;
    private DutyStatus status;
    private @Nullable Instant overdueAt;
    private @Nullable Completion completion;
    private final int version;

    public DutyOccurrence(
            long id,
            String dutyCode,
            DutyOwnerType ownerType,
            long ownerId,
            LocalDate periodStart,
            LocalDate periodEnd,
            Instant due,
            boolean optional,
            DutyStatus status,
            @Nullable Instant overdueAt,
            @Nullable Completion completion,
            int version) {
        this.id = id;
        this.dutyCode = Objects.requireNonNull(dutyCode);
        this.ownerType = Objects.requireNonNull(ownerType);
        this.ownerId = ownerId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.due = due;
        this.optional = optional;
        this.status = status;
        this.overdueAt = overdueAt;
        this.completion = completion;
        this.version = version;
    }

    /**
     * The sweep found the occurrence open at {@code now}: it falls overdue, or lapses if the duty is
     * optional.
     */
    public void passDue(Instant now) {
        if (status != DutyStatus.OPEN) {
            throw new DutyTransitionRefused(status, "Only an open occurrence falls due; this one is " + status);
        }
        if (!dueTimeHasPassed(now)) {
            throw new DutyTransitionRefused(status, "The occurrence is due at " + due + ", not yet at " + now);
        }
        status = optional ? DutyStatus.LAPSED : DutyStatus.OVERDUE;
        overdueAt = now;
    }

    /**
     * Records the duty done. It is in time only when recorded before the due time: a day of work given
     * as earlier never turns a late record into a punctual one.
     */
    public void complete(Completion done) {
        if (!status.isOpen() && status != DutyStatus.LAPSED) {
            throw new DutyTransitionRefused(status, "The occurrence is already " + status);
        }
        requireEvidence(done.evidence());
        if (done.note() != null && done.note().length() > NOTE_MAX) {
            throw new CompletionRefused("note", "at most " + NOTE_MAX + " characters");
        }
        LocalDate today = done.recordedAt().atZone(ShanghaiTime.ZONE).toLocalDate();
        if (done.performedOn().isAfter(today)) {
            throw new CompletionRefused("performedOn", "the work cannot be done in the future");
        }
        if (done.performedOn().isBefore(periodStart)) {
            throw new CompletionRefused("performedOn", "before the period begins on " + periodStart);
        }
        status = status == DutyStatus.OPEN && !dueTimeHasPassed(done.recordedAt())
                ? DutyStatus.DONE
                : DutyStatus.DONE_LATE;
        completion = done;
    }

    private boolean dueTimeHasPassed(Instant now) {
        return !now.isBefore(due);
    }

    private static void requireEvidence(String evidence) {
        if (evidence.isBlank()) {
            throw new CompletionRefused("evidence", "say where the proof is (a report number, a file, a link)");
        }
        if (evidence.length() > EVIDENCE_MAX) {
            throw new CompletionRefused("evidence", "at most " + EVIDENCE_MAX + " characters");
        }
    }

    public long id() {
        return id;
    }

    public String dutyCode() {
        return dutyCode;
    }

    public DutyOwnerType ownerType() {
        return ownerType;
    }

    public long ownerId() {
        return ownerId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Instant due() {
        return due;
    }

    public boolean optional() {
        return optional;
    }

    public DutyStatus status() {
        return status;
    }

    public @Nullable Instant overdueAt() {
        return overdueAt;
    }

    public @Nullable Completion completion() {
        return completion;
    }

    public int version() {
        return version;
    }
}
