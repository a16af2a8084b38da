package io.shixiao.servicelevel.clock.domain;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.standard.CountLimit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A count rule running on one case: how often its counted step happened between the start and stop
 * milestones (保险法第二十二条 一次性通知: at most one notice of missing documents; 互助县投标方案: the hotline
 * answered within three rings). Beyond the maximum an occurrence either breaks the rule or, where the
 * standard allows a justified repeat, is refused unless it carries a reason.
 */
public final class ServiceCount {

    /** Where a count stands. */
    public enum State {
        /** Counting occurrences between the start and stop milestones. */
        OPEN,
        /** The stop milestone arrived; nothing more is counted. */
        CLOSED,
        /** The case no longer needs the step. */
        CANCELLED
    }

    /** A count as stored, for the repository to restore it. */
    public record Stored(
            UUID id,
            CaseRef caseRef,
            String standardCode,
            LocalDate standardVersion,
            String step,
            ClockOwner owner,
            CountLimit limit,
            int counted,
            int justified,
            State state,
            Instant startedAt,
            @org.jspecify.annotations.Nullable Instant exceededAt,
            @org.jspecify.annotations.Nullable Instant stoppedAt,
            int version) {}

    /** One counted occurrence, with the reason it carried. */
    public record Occurrence(
            Instant at,
            int number,
            @org.jspecify.annotations.Nullable String reason,
            boolean beyondLimit) {}

    /** What an occurrence did to the count. */
    public enum Outcome {
        /** Counted within the limit. */
        COUNTED,
        /** Beyond the limit, allowed by the reason it carried. */
        JUSTIFIED,
        /** Beyond the limit: the rule is broken now (published once). */
        EXCEEDED,
        /** Beyond the limit again, after the rule was already broken. */
        EXCEEDED_AGAIN
    }

    private final UUID id;
    private final CaseRef caseRef;
    private final String standardCode;
    private final LocalDate standardVersion;
    private final String step;
    private final ClockOwner owner;
    private final CountLimit limit;
    private final Instant startedAt;
    private final int version;
    private final List<Occurrence> newOccurrences = new ArrayList<>();
    private int counted;
    private int justified;
    private State state;
    private @org.jspecify.annotations.Nullable Instant exceededAt;
    private @org.jspecify.annotations.Nullable Instant stoppedAt;

    private ServiceCount(Stored s) {
        this.id = Objects.requireNonNull(s.id());
        this.caseRef = Objects.requireNonNull(s.caseRef());
        this.standardCode = Objects.requireNonNull(s.standardCode());
        this.standardVersion = Objects.requireNonNull(s.standardVersion());
        this.step = Objects.requireNonNull(s.step());
        this.owner = Objects.requireNonNull(s.owner());
        this.limit = Objects.requireNonNull(s.limit());
        this.counted = s.counted();
        this.justified = s.justified();
        this.state = s.state();
        this.startedAt = s.startedAt();
        this.exceededAt = s.exceededAt();
        this.stoppedAt = s.stoppedAt();
        this.version = s.version();
    }

    public static ServiceCount restore(Stored stored) {
        return new ServiceCount(stored);
    }

    /** A count of {@code limit} on a case, opened by its start milestone at {@code at}. */
    public static ServiceCount start(
            CaseRef caseRef,
            String standardCode,
            LocalDate standardVersion,
            String step,
            ClockOwner owner,
            CountLimit limit,
            Instant at) {
        return new ServiceCount(new Stored(
                UUID.randomUUID(),
                caseRef,
                standardCode,
                standardVersion,
                step,
                owner,
                limit,
                0,
                0,
                State.OPEN,
                at,
                null,
                null,
                0));
    }

    /**
     * The counted step happened at {@code at}. Within the limit it is counted; beyond it, a standard that
     * allows justified repeats refuses it without a reason ({@link CountRefused}) and accepts it with one,
     * and any other standard is broken.
     */
    public Outcome record(Instant at, String reason) {
        if (state != State.OPEN) {
            throw new CountRefused(
                    "Count " + standardCode + " of " + caseRef + " is " + state + "; nothing is counted");
        }
        boolean beyond = counted >= limit.maximum();
        boolean hasReason = reason != null && !reason.isBlank();
        if (beyond && limit.beyond() == CountLimit.Beyond.NEEDS_REASON && !hasReason) {
            throw new CountRefused(standardCode + " allows " + limit.maximum() + " " + limit.counted()
                    + " on a case; another needs a recorded reason (e.g. new facts made new items necessary)");
        }
        counted++;
        newOccurrences.add(new Occurrence(at, counted, hasReason ? reason.trim() : null, beyond));
        if (!beyond) {
            return Outcome.COUNTED;
        }
        if (limit.beyond() == CountLimit.Beyond.NEEDS_REASON) {
            justified++;
            return Outcome.JUSTIFIED;
        }
        if (exceededAt == null) {
            exceededAt = at;
            return Outcome.EXCEEDED;
        }
        return Outcome.EXCEEDED_AGAIN;
    }

    /** The stop milestone arrived; nothing more is counted. */
    public void close(Instant at) {
        if (state != State.OPEN) {
            throw new CountRefused("Count " + standardCode + " of " + caseRef + " is already " + state);
        }
        state = State.CLOSED;
        stoppedAt = at;
    }

    /** The case no longer needs the step. */
    public void cancel(Instant at) {
        if (state != State.OPEN) {
            throw new CountRefused("Count " + standardCode + " of " + caseRef + " is already " + state);
        }
        state = State.CANCELLED;
        stoppedAt = at;
    }

    /** Occurrences counted since the count was loaded; the repository appends them. */
    public List<Occurrence> drainOccurrences() {
        List<Occurrence> drained = List.copyOf(newOccurrences);
        newOccurrences.clear();
        return drained;
    }

    public boolean exceeded() {
        return exceededAt != null;
    }

    public UUID id() {
        return id;
    }

    public CaseRef caseRef() {
        return caseRef;
    }

    public String standardCode() {
        return standardCode;
    }

    public LocalDate standardVersion() {
        return standardVersion;
    }

    public String step() {
        return step;
    }

    public ClockOwner owner() {
        return owner;
    }

    public CountLimit limit() {
        return limit;
    }

    public int counted() {
        return counted;
    }

    public int justified() {
        return justified;
    }

    public State state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @org.jspecify.annotations.Nullable Instant exceededAt() {
        return exceededAt;
    }

    public @org.jspecify.annotations.Nullable Instant stoppedAt() {
        return stoppedAt;
    }

    public int version() {
        return version;
    }
}
