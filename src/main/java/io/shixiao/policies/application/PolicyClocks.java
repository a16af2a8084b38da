package io.shixiao.policies.application;

import io.shixiao.policies.domain.Endorsement;
import io.shixiao.policies.domain.Policy;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells the service-level engine what happened to a policy or an endorsement; the engine decides which
 * standards bind (ZJ-DELIVER for a Zhejiang motor policy to be delivered, AGR-RENEW for an insurer with
 * the service-quality agreement in force, ZJ-ENDORSE-ONCE…) and computes every deadline. A step recorded more
 * than {@link ReportMilestone#LATE_ENTRY_TOLERANCE_MINUTES} minutes after it happened carries the
 * back-dating reason the user gave, or the import's.
 */
@Component
public class PolicyClocks {

    private final ServiceClocks clocks;
    private final Clock clock;

    PolicyClocks(ServiceClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    public static CaseRef caseOf(Policy policy) {
        return new CaseRef(CaseType.POLICY, policy.insurerId(), policy.policyNo());
    }

    public static CaseRef caseOf(Policy policy, Endorsement endorsement) {
        return new CaseRef(CaseType.ENDORSEMENT, policy.insurerId(), endorsement.endorsementNo());
    }

    /**
     * 出单: starts the delivery clock when the policy must be delivered (浙江规范第五章 2.4.1) and announces the
     * expiry, from which the renewal reminder is counted back (服务质量协议 1.2(2)).
     */
    public void issued(Policy policy, @Nullable String lateReason) {
        report(caseOf(policy), Milestone.POLICY_ISSUED, policy.issuedAt(), policy, factsOf(policy), lateReason);
        expiryAnnounced(policy);
    }

    /** 保单到期, announced ahead with the expiry instant (Milestone.announced()): AGR-RENEW counts back from it. */
    public void expiryAnnounced(Policy policy) {
        clocks.report(ReportMilestone.of(
                caseOf(policy), Milestone.POLICY_EXPIRY_DUE, policy.period().end(), owner(policy), factsOf(policy)));
    }

    public void delivered(Policy policy, Instant at, @Nullable String lateReason) {
        report(caseOf(policy), Milestone.POLICY_DELIVERED, at, policy, factsOf(policy), lateReason);
    }

    public void renewalReminded(Policy policy, Instant at, @Nullable String lateReason) {
        report(caseOf(policy), Milestone.RENEWAL_REMINDED, at, policy, factsOf(policy), lateReason);
    }

    public void terminated(Policy policy, Instant at, @Nullable String lateReason) {
        report(caseOf(policy), Milestone.POLICY_TERMINATED, at, policy, factsOf(policy), lateReason);
    }

    /** 批改申请 and, in the same breath, 一次性说明 of the materials (浙江规范第六章 2.3). */
    public void endorsementRequested(Policy policy, Endorsement endorsement, Instant at) {
        CaseRef ref = caseOf(policy, endorsement);
        report(ref, Milestone.ENDORSEMENT_REQUESTED, at, policy, factsOf(policy), null);
        report(ref, Milestone.ENDORSEMENT_MATERIALS_EXPLAINED, at, policy, factsOf(policy), null);
    }

    /** A second telling of the materials: the engine's count rule wants the reason (ZJ-ENDORSE-ONCE). */
    public void materialsExplainedAgain(Policy policy, Endorsement endorsement, Instant at, String reason) {
        clocks.report(ReportMilestone.of(
                        caseOf(policy, endorsement),
                        Milestone.ENDORSEMENT_MATERIALS_EXPLAINED,
                        at,
                        owner(policy),
                        factsOf(policy))
                .repeatedBecause(reason));
    }

    public void endorsementCompleted(Policy policy, Endorsement endorsement, Instant at) {
        report(caseOf(policy, endorsement), Milestone.ENDORSEMENT_COMPLETED, at, policy, factsOf(policy), null);
    }

    public void endorsementWithdrawn(Policy policy, Endorsement endorsement, Instant at) {
        report(caseOf(policy, endorsement), Milestone.ENDORSEMENT_WITHDRAWN, at, policy, factsOf(policy), null);
    }

    private void report(
            CaseRef ref, Milestone milestone, Instant at, Policy policy, CaseFacts facts, @Nullable String lateReason) {
        ReportMilestone command = ReportMilestone.of(ref, milestone, at, owner(policy), facts);
        boolean late =
                at.isBefore(clock.instant().minus(Duration.ofMinutes(ReportMilestone.LATE_ENTRY_TOLERANCE_MINUTES)));
        clocks.report(late ? command.lateBecause(lateReason) : command);
    }

    private static CaseOwner owner(Policy policy) {
        return CaseOwner.unit(policy.issuingUnitId());
    }

    private static CaseFacts factsOf(Policy policy) {
        CaseFacts facts = CaseFacts.of(policy.productLine()).withAmount(policy.premium());
        if (policy.property() != null) {
            facts = facts.withSite(Objects.requireNonNull(policy.property()).division());
        }
        return policy.deliveryRequired() ? facts.with(Fact.DELIVERY_REQUIRED) : facts;
    }
}
