package io.shixiao.policies.domain;

import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An endorsement (批改): a request to change a policy in force. The applicant is told the complete list
 * of materials once, when the request is taken (一次性告知); telling it again needs a reason (the request
 * changed), so nobody is sent home twice for a missing paper. It completes only when every listed
 * material is in hand, and then changes the policy.
 */
public final class Endorsement {

    private final @Nullable Long id;
    private final long policyId;
    private final String endorsementNo;
    private final EndorsementKind kind;
    private EndorsementStatus status;
    private final String requestedValue;
    private final @Nullable String previousValue;
    private final List<String> materials;
    private final Set<String> received;
    private int explanations;
    private @Nullable String reexplainReason;
    private final Instant requestedAt;
    private final String requestedBy;
    private @Nullable Instant closedAt;
    private @Nullable String closedBy;
    private @Nullable String withdrawReason;
    private final long version;

    private Endorsement(Snapshot s) {
        this.id = s.id();
        this.policyId = s.policyId();
        this.endorsementNo = s.endorsementNo();
        this.kind = s.kind();
        this.status = s.status();
        this.requestedValue = s.requestedValue();
        this.previousValue = s.previousValue();
        this.materials = List.copyOf(s.materials());
        this.received = new LinkedHashSet<>(s.received());
        this.explanations = s.explanations();
        this.reexplainReason = s.reexplainReason();
        this.requestedAt = s.requestedAt();
        this.requestedBy = s.requestedBy();
        this.closedAt = s.closedAt();
        this.closedBy = s.closedBy();
        this.withdrawReason = s.withdrawReason();
        this.version = s.version();
    }

    /**
     * Takes a request to change {@code policy}: the kind must fit the policy's line and the policy must
     * be in force; the list of materials is fixed here and told at once.
     */
    public static Endorsement request(
            Policy policy, EndorsementKind kind, String value, int sequence, Instant now, String by) {
        Objects.requireNonNull(kind, "kind");
        policy.requireInForce("endorsement");
        if (!policy.period().contains(now) && now.isAfter(policy.period().start())) {
            throw new ConflictException("status", "保单已于 " + policy.period().lastDay() + " 二十四时期满，不能批改");
        }
        if (!kind.appliesTo(policy.productLine())) {
            throw new InvalidInputException("kind", "批改类型 " + kind + " 不适用于 " + policy.productLine() + " 保单");
        }
        String normalised = kind.normalise(value);
        String number = policy.policyNo() + "-E" + String.format(java.util.Locale.ROOT, "%02d", sequence);
        return new Endorsement(new Snapshot(
                null,
                Objects.requireNonNull(policy.id(), "policy id"),
                number,
                kind,
                EndorsementStatus.AWAITING_MATERIALS,
                normalised,
                policy.currentValueOf(kind),
                kind.materials(),
                Set.of(),
                1,
                null,
                now,
                by,
                null,
                null,
                null,
                0));
    }

    public static Endorsement restore(Snapshot snapshot) {
        return new Endorsement(snapshot);
    }

    /** Records materials handed in; only items of the list told are accepted. */
    public void receive(Set<String> items) {
        requireAwaitingMaterials("receive");
        for (String item : items) {
            if (!materials.contains(item)) {
                throw new InvalidInputException("materials", "「" + item + "」不在已告知的材料清单中");
            }
        }
        received.addAll(items);
    }

    /**
     * Tells the list again: only with a reason (浙江规范第六章 2.3 asks for one telling; a second is for a
     * changed request), recorded on the endorsement.
     */
    public void explainAgain(String reason) {
        requireAwaitingMaterials("explain again");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "材料清单已一次性告知；再次告知须说明理由");
        }
        explanations++;
        reexplainReason = reason.strip();
    }

    /** Completes the endorsement and changes {@code policy}, once every listed material is in hand. */
    public void complete(Policy policy, Instant now, String by) {
        requireAwaitingMaterials("complete");
        if (!Objects.equals(policy.id(), policyId)) {
            throw new IllegalArgumentException("An endorsement completes on its own policy");
        }
        List<String> missing = missingMaterials();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("materials", "尚缺材料：" + String.join("、", missing));
        }
        policy.apply(kind, requestedValue);
        status = EndorsementStatus.COMPLETED;
        closedAt = now;
        closedBy = by;
    }

    /** The applicant withdrew the request. */
    public void withdraw(String reason, Instant now, String by) {
        requireAwaitingMaterials("withdraw");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "撤回须说明理由");
        }
        status = EndorsementStatus.WITHDRAWN;
        withdrawReason = reason.strip();
        closedAt = now;
        closedBy = by;
    }

    public List<String> missingMaterials() {
        List<String> missing = new ArrayList<>(materials);
        missing.removeAll(received);
        return missing;
    }

    private void requireAwaitingMaterials(String action) {
        if (status != EndorsementStatus.AWAITING_MATERIALS) {
            throw new ConflictException("status", "批改状态为 " + status + "，不能 " + action);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                policyId,
                endorsementNo,
                kind,
                status,
                requestedValue,
                previousValue,
                materials,
                received,
                explanations,
                reexplainReason,
                requestedAt,
                requestedBy,
                closedAt,
                closedBy,
                withdrawReason,
                version);
    }

    public String endorsementNo() {
        return endorsementNo;
    }

    public EndorsementStatus status() {
        return status;
    }

    public EndorsementKind kind() {
        return kind;
    }

    public int explanations() {
        return explanations;
    }

    /** Everything an endorsement holds, for storage and display. */
    public record Snapshot(
            @Nullable Long id,
            long policyId,
            String endorsementNo,
            EndorsementKind kind,
            EndorsementStatus status,
            String requestedValue,
            @Nullable String previousValue,
            List<String> materials,
            Set<String> received,
            int explanations,
            @Nullable String reexplainReason,
            Instant requestedAt,
            String requestedBy,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String withdrawReason,
            long version) {

        public Snapshot {
            materials = List.copyOf(materials);
            received = Set.copyOf(received);
        }
    }
}
