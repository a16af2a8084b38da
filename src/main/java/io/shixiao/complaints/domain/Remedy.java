package io.shixiao.complaints.domain;

import io.shixiao.shared.money.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A remedy (补救, 服务质量协议第五条) for a complaint or a claim: proposed, approved where it costs money,
 * accepted or refused by the customer, then carried out and followed up by the day agreed with the customer
 * (none yet for a proposal made automatically; the handler agrees one).
 */
public final class Remedy {

    private final @Nullable Long id;
    private final RemedyKind kind;
    private final String description;
    private final @Nullable Money amount;
    private final @Nullable String correctiveAction;
    private RemedyStatus status;
    private final @Nullable LocalDate followUpDue;
    private final int version;

    /** What the rules need of a stored remedy. */
    public record State(
            @Nullable Long id,
            RemedyKind kind,
            String description,
            @Nullable Money amount,
            @Nullable String correctiveAction,
            RemedyStatus status,
            @Nullable LocalDate followUpDue,
            int version) {}

    private Remedy(State s) {
        this.id = s.id();
        this.kind = s.kind();
        this.description = s.description();
        this.amount = s.amount();
        this.correctiveAction = s.correctiveAction();
        this.status = s.status();
        this.followUpDue = s.followUpDue();
        this.version = s.version();
    }

    public static Remedy restore(State state) {
        return new Remedy(state);
    }

    /**
     * Proposes a remedy. A compensation names a positive amount; other remedies name none (an apology
     * letter or a gift of no stated value is a compensation with its description).
     */
    public static Remedy propose(
            RemedyKind kind,
            String description,
            @Nullable Money amount,
            @Nullable String correctiveAction,
            @Nullable LocalDate followUpDue) {
        if (description == null || description.isBlank()) {
            throw new TransitionRefused("description", "A remedy says what is offered");
        }
        if (amount != null && (amount.isNegative() || amount.isZero())) {
            throw new TransitionRefused("amount", "A compensation amount is more than zero");
        }
        if (amount != null && kind != RemedyKind.COMPENSATION) {
            throw new TransitionRefused("amount", "Only a compensation carries an amount");
        }
        return new Remedy(new State(
                null,
                kind,
                description.strip(),
                amount,
                correctiveAction == null || correctiveAction.isBlank() ? null : correctiveAction.strip(),
                RemedyStatus.PROPOSED,
                followUpDue,
                0));
    }

    /** A manager approves a proposed compensation before it is offered. */
    public void approve() {
        if (!kind.needsApproval()) {
            throw new TransitionRefused("kind", kind + " needs no approval");
        }
        require(RemedyStatus.PROPOSED, "approve");
        status = RemedyStatus.APPROVED;
    }

    /** The customer accepted or refused the offer; a compensation is offered only once approved. */
    public void answered(boolean accepted) {
        require(kind.needsApproval() ? RemedyStatus.APPROVED : RemedyStatus.PROPOSED, accepted ? "accept" : "refuse");
        status = accepted ? RemedyStatus.ACCEPTED : RemedyStatus.REFUSED;
    }

    /** Carried out and followed up; only an accepted remedy. */
    public void complete(String followUpNote) {
        require(RemedyStatus.ACCEPTED, "complete");
        if (followUpNote == null || followUpNote.isBlank()) {
            throw new TransitionRefused("followUpNote", "The follow-up says what was done");
        }
        status = RemedyStatus.COMPLETED;
    }

    /** Whether the follow-up agreed with the customer is late on {@code today}. */
    public static boolean overdue(RemedyStatus status, @Nullable LocalDate followUpDue, LocalDate today) {
        return followUpDue != null
                && status != RemedyStatus.COMPLETED
                && status != RemedyStatus.REFUSED
                && today.isAfter(followUpDue);
    }

    private void require(RemedyStatus expected, String action) {
        if (status != expected) {
            throw new TransitionRefused("status", "The remedy is " + status + "; you cannot " + action + " it");
        }
    }

    public State state() {
        return new State(id, kind, description, amount, correctiveAction, status, followUpDue, version);
    }

    public RemedyStatus status() {
        return status;
    }
}
