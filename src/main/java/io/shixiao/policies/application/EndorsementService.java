package io.shixiao.policies.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.policies.domain.Endorsement;
import io.shixiao.policies.domain.EndorsementKind;
import io.shixiao.policies.domain.Policy;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Endorsements (批改) of a policy in the caller's scope: taken with the one-time list of materials,
 * materials received, the list told again only with a reason, completed (changing the policy) or withdrawn.
 */
@Service
public class EndorsementService {

    private final PolicyService policies;
    private final PolicyRepository policyRepository;
    private final EndorsementRepository repository;
    private final PolicyClocks policyClocks;
    private final AuditTrail audit;
    private final Clock clock;

    EndorsementService(
            PolicyService policies,
            PolicyRepository policyRepository,
            EndorsementRepository repository,
            PolicyClocks policyClocks,
            AuditTrail audit,
            Clock clock) {
        this.policies = policies;
        this.policyRepository = policyRepository;
        this.repository = repository;
        this.policyClocks = policyClocks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Endorsement.Snapshot request(
            String policyNo, EndorsementKind kind, String value, String actor, DataScope scope) {
        Policy policy = policies.loadForChange(policyNo, null, scope);
        Instant now = clock.instant();
        Endorsement endorsement = Endorsement.request(
                policy, kind, value, repository.countOf(Objects.requireNonNull(policy.id())) + 1, now, actor);
        repository.insert(endorsement);
        policyClocks.endorsementRequested(policy, endorsement, now);
        audit.recordWrite(
                "REQUEST",
                "ENDORSEMENT",
                endorsement.endorsementNo(),
                "批改申请 " + kind + "，一次性告知材料 " + kind.materials().size() + " 项");
        return reload(policy, endorsement.endorsementNo());
    }

    @Transactional
    public Endorsement.Snapshot receive(
            String policyNo, String endorsementNo, @Nullable Long version, Set<String> items, DataScope scope) {
        Policy policy = policies.loadForChange(policyNo, null, scope);
        Endorsement endorsement = load(policy, endorsementNo, version);
        endorsement.receive(items);
        repository.update(endorsement);
        audit.recordWrite("RECEIVE_MATERIALS", "ENDORSEMENT", endorsementNo, "收到材料 " + String.join("、", items));
        return reload(policy, endorsementNo);
    }

    @Transactional
    public Endorsement.Snapshot explainAgain(
            String policyNo, String endorsementNo, @Nullable Long version, String reason, DataScope scope) {
        Policy policy = policies.loadForChange(policyNo, null, scope);
        Endorsement endorsement = load(policy, endorsementNo, version);
        endorsement.explainAgain(reason);
        repository.update(endorsement);
        policyClocks.materialsExplainedAgain(policy, endorsement, clock.instant(), reason);
        audit.recordWrite("EXPLAIN_AGAIN", "ENDORSEMENT", endorsementNo, "再次告知材料：" + reason);
        return reload(policy, endorsementNo);
    }

    @Transactional
    public Endorsement.Snapshot complete(
            String policyNo, String endorsementNo, @Nullable Long version, String actor, DataScope scope) {
        Policy policy = policies.loadForChange(policyNo, null, scope);
        Endorsement endorsement = load(policy, endorsementNo, version);
        Instant now = clock.instant();
        endorsement.complete(policy, now, actor);
        repository.update(endorsement);
        policyRepository.update(policy);
        policyClocks.endorsementCompleted(policy, endorsement, now);
        audit.recordWrite("COMPLETE", "ENDORSEMENT", endorsementNo, "批改完成 " + endorsement.kind());
        return reload(policy, endorsementNo);
    }

    @Transactional
    public Endorsement.Snapshot withdraw(
            String policyNo,
            String endorsementNo,
            @Nullable Long version,
            String reason,
            String actor,
            DataScope scope) {
        Policy policy = policies.loadForChange(policyNo, null, scope);
        Endorsement endorsement = load(policy, endorsementNo, version);
        Instant now = clock.instant();
        endorsement.withdraw(reason, now, actor);
        repository.update(endorsement);
        policyClocks.endorsementWithdrawn(policy, endorsement, now);
        audit.recordWrite("WITHDRAW", "ENDORSEMENT", endorsementNo, "批改撤回：" + reason);
        return reload(policy, endorsementNo);
    }

    @Transactional(readOnly = true)
    public Endorsement.Snapshot get(String policyNo, String endorsementNo, DataScope scope) {
        Policy policy = policies.loadForChange(policyNo, null, scope);
        return reload(policy, endorsementNo);
    }

    private Endorsement load(Policy policy, String endorsementNo, @Nullable Long version) {
        Endorsement endorsement = repository
                .find(Objects.requireNonNull(policy.id()), endorsementNo)
                .orElseThrow(() -> new NotFoundException("Endorsement", endorsementNo));
        if (version != null && version != endorsement.snapshot().version()) {
            throw new OptimisticLockingFailureException("Endorsement " + endorsementNo + " is at version "
                    + endorsement.snapshot().version() + ", the change was made on version " + version);
        }
        return endorsement;
    }

    private Endorsement.Snapshot reload(Policy policy, String endorsementNo) {
        return load(policy, endorsementNo, null).snapshot();
    }
}
