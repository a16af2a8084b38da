package io.shixiao.complaints.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the rectification ledger (整改台账, 浙江规范第八章 3.6 "及时提出整改措施并落实,形成相关书面记录备查"):
 * the problem a complaint's root cause revealed, who owns the fix, by when, the result and its verification.
 */
public final class RectificationItem {

    private RectificationStatus status;
    private final String owner;

    public RectificationItem(RectificationStatus status, String owner) {
        this.status = status;
        this.owner = owner;
    }

    /** Opens an item; the problem, root cause and owner are required, the due day not before today. */
    public static RectificationItem open(
            String problem, String rootCause, String owner, LocalDate dueOn, LocalDate today) {
        if (problem == null || problem.isBlank()) {
            throw new TransitionRefused("problem", "A rectification item names the problem");
        }
        if (rootCause == null || rootCause.isBlank()) {
            throw new TransitionRefused("rootCause", "A rectification item names the root cause");
        }
        if (owner == null || owner.isBlank()) {
            throw new TransitionRefused("owner", "A rectification item has an owner");
        }
        if (dueOn.isBefore(today)) {
            throw new TransitionRefused("dueOn", "The due day lies today or later");
        }
        return new RectificationItem(RectificationStatus.OPEN, owner.strip());
    }

    /** The owner reports the result. */
    public void done(String result) {
        if (status != RectificationStatus.OPEN) {
            throw new TransitionRefused("status", "The item is " + status + "; it cannot be reported done");
        }
        if (result == null || result.isBlank()) {
            throw new TransitionRefused("result", "The result is required");
        }
        status = RectificationStatus.DONE;
    }

    /** Someone other than the owner verifies a reported result (a fix does not check itself). */
    public void verify(String verifier, @Nullable String note) {
        if (status != RectificationStatus.DONE) {
            throw new TransitionRefused("status", "The item is " + status + "; only a reported result is verified");
        }
        if (owner.equals(verifier)) {
            throw new TransitionRefused("verifiedBy", "The owner does not verify their own rectification");
        }
        status = RectificationStatus.VERIFIED;
    }

    /** 逾期: not yet reported done after its due day. */
    public static boolean overdue(RectificationStatus status, LocalDate dueOn, LocalDate today) {
        return status == RectificationStatus.OPEN && today.isAfter(dueOn);
    }

    public RectificationStatus status() {
        return status;
    }
}
