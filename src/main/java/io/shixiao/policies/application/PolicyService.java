package io.shixiao.policies.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.PolicySummary;
import io.shixiao.policies.domain.Endorsement;
import io.shixiao.policies.domain.Policy;
import io.shixiao.policies.domain.SurrenderReason;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases on one policy: issue, its detail, the audited reveal of personal data, delivery, the
 * renewal reminder and surrender. A policy outside the caller's scope is not found (404), never
 * forbidden, so nobody learns another insurer's numbers. Each change, its audit entry and its
 * milestones commit together.
 */
@Service
public class PolicyService {

    private final PolicyRepository repository;
    private final PolicyFinder finder;
    private final EndorsementRepository endorsements;
    private final PolicyClocks policyClocks;
    private final ServiceClocks clocks;
    private final OrganizationDirectory organization;
    private final CtplLimits ctplLimits;
    private final AuditTrail audit;
    private final Clock clock;

    PolicyService(
            PolicyRepository repository,
            PolicyFinder finder,
            EndorsementRepository endorsements,
            PolicyClocks policyClocks,
            ServiceClocks clocks,
            OrganizationDirectory organization,
            CtplLimits ctplLimits,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.finder = finder;
        this.endorsements = endorsements;
        this.policyClocks = policyClocks;
        this.clocks = clocks;
        this.organization = organization;
        this.ctplLimits = ctplLimits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units of the scope by code: where the caller may issue. */
    public Map<String, OrgUnitView> issuingUnits(DataScope scope) {
        if (!scope.seesRecords() || scope.isPlatform()) {
            // A policy belongs to one insurer: the platform administrator does not issue for one.
            return Map.of();
        }
        return organization.units(scope).stream()
                .collect(Collectors.toMap(OrgUnitView::code, Function.identity(), (a, b) -> a));
    }

    /** Issues one policy now; refused naming every wrong field, or 409 when the number is taken. */
    @Transactional
    public PolicySummary issue(PolicyRow row, DataScope scope, String actor) {
        PolicyRowReader.Result result =
                new PolicyRowReader(issuingUnits(scope), ctplLimits, actor).read(row, clock.instant());
        if (result.policy() == null) {
            throw new io.shixiao.shared.problem.InvalidInputException(
                    result.problems(),
                    "The policy is refused: " + result.problems().get(0).message());
        }
        Policy policy = result.policy();
        if (!repository
                .takenNumbers(policy.insurerId(), List.of(policy.policyNo()))
                .isEmpty()) {
            throw new ConflictException("policyNo", "保单号 " + policy.policyNo() + " 已存在");
        }
        long id = repository.insertAll(List.of(policy)).get(0);
        policyClocks.issued(policy, null);
        audit.recordWrite(
                "ISSUE",
                "POLICY",
                policy.policyNo(),
                "出单 " + policy.productLine() + "，保费 " + policy.premium().display());
        return finder.byId(id, DataScope.platform()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public PolicyDetail detail(String policyNo, DataScope scope) {
        PolicySummary summary = visible(policyNo, scope);
        Policy policy = repository.load(summary.id()).orElseThrow();
        List<Endorsement.Snapshot> history = endorsements.ofPolicy(summary.id()).stream()
                .map(Endorsement::snapshot)
                .toList();
        Policy.Snapshot s = policy.snapshot();
        return new PolicyDetail(
                summary,
                s.period().firstDay(),
                s.period().lastDay(),
                s.premium(),
                s.refund(),
                s.surrenderReason() == null ? null : s.surrenderReason().name(),
                s.holder().maskedName(),
                s.holder().maskedIdNumber(),
                s.insuredMobile() == null ? null : s.insuredMobile().masked(),
                s.vehicle() == null ? null : s.vehicle().model(),
                s.deliveryRequired(),
                s.issuedAt(),
                s.deliveredAt(),
                s.renewalRemindedAt(),
                s.version(),
                history,
                clocks.clocksOf(PolicyClocks.caseOf(policy)));
    }

    /** The unmasked personal data, recorded in the audit trail as a view of personal data. */
    @Transactional
    public PersonalData reveal(String policyNo, DataScope scope) {
        PolicySummary summary = visible(policyNo, scope);
        Policy policy = repository.load(summary.id()).orElseThrow();
        audit.recordPiiView("POLICY", policyNo, "投保人姓名, 投保人身份证号, 被保险人姓名, 被保险人身份证号, 被保险人手机号");
        return new PersonalData(
                policy.holder().name(),
                policy.holder().idNumber().value(),
                policy.insured().name(),
                policy.insured().idNumber().value(),
                policy.insuredMobile() == null ? null : policy.insuredMobile().value());
    }

    /** 保单送达 at {@code at} (default now); a late entry needs its reason. */
    @Transactional
    public PolicySummary deliver(
            String policyNo,
            @Nullable Long version,
            @Nullable Instant at,
            @Nullable String lateReason,
            DataScope scope) {
        Policy policy = loadForChange(policyNo, version, scope);
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        policy.markDelivered(when, now);
        repository.update(policy);
        policyClocks.delivered(policy, when, lateReason);
        audit.recordWrite("DELIVER", "POLICY", policyNo, "保单送达 " + when);
        return finder.byId(policy.id(), scope).orElseThrow();
    }

    /** 续保提醒 at {@code at} (default now). */
    @Transactional
    public PolicySummary remindRenewal(
            String policyNo,
            @Nullable Long version,
            @Nullable Instant at,
            @Nullable String lateReason,
            DataScope scope) {
        Policy policy = loadForChange(policyNo, version, scope);
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        policy.markRenewalReminded(when, now);
        repository.update(policy);
        policyClocks.renewalReminded(policy, when, lateReason);
        audit.recordWrite("REMIND_RENEWAL", "POLICY", policyNo, "续保提醒 " + when);
        return finder.byId(policy.id(), scope).orElseThrow();
    }

    /** 退保 effective at {@code at} (default now): the unearned premium is refunded. */
    @Transactional
    public Money surrender(
            String policyNo,
            @Nullable Long version,
            SurrenderReason reason,
            @Nullable Instant at,
            @Nullable String lateReason,
            DataScope scope) {
        Policy policy = loadForChange(policyNo, version, scope);
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        Money refund = policy.surrender(reason, when, now);
        repository.update(policy);
        policyClocks.terminated(policy, when, lateReason);
        audit.recordWrite("SURRENDER", "POLICY", policyNo, "退保（" + reason + "），退还保费 " + refund.display());
        return refund;
    }

    PolicySummary visible(String policyNo, DataScope scope) {
        return finder.byNumber(policyNo, scope).orElseThrow(() -> new NotFoundException("Policy", policyNo));
    }

    Policy loadForChange(String policyNo, @Nullable Long version, DataScope scope) {
        Policy policy = repository.load(visible(policyNo, scope).id()).orElseThrow();
        if (version != null && version != policy.version()) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Policy " + policyNo + " is at version "
                    + policy.version() + ", the change was made on version " + version);
        }
        return policy;
    }
}
