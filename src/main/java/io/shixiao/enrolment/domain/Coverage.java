package io.shixiao.enrolment.domain;

/**
 * 应保尽保 for an area: the households registered (expected), those enrolled, and the ratio. A village
 * with no household registered has nothing to cover and counts as fully covered.
 */
public record Coverage(long registered, long enrolled) {

    public Coverage {
        if (registered < 0 || enrolled < 0 || enrolled > registered) {
            throw new IllegalArgumentException("Enrolled households are among the registered ones");
        }
    }

    /** Enrolled over registered, 0–1. */
    public double ratio() {
        return registered == 0 ? 1.0 : (double) enrolled / registered;
    }

    public long notEnrolled() {
        return registered - enrolled;
    }

    /** Whether every registered household is enrolled (R01 应保尽保). */
    public boolean isComplete() {
        return enrolled == registered;
    }

    public Coverage plus(Coverage other) {
        return new Coverage(registered + other.registered, enrolled + other.enrolled);
    }
}
