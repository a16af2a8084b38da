package io.shixiao.claims.application;

import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.StepTiming;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.Zone;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.security.DataScope;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The claim's side of the service-level engine: which milestones each step reports, what the engine is
 * told of the case (line, site, zone, amount, injuries, facts established), and reading the deadlines
 * back. It computes no deadline.
 */
@Component
public class ClaimClocks {

    private static final Set<ClaimStatus> LIABILITY_SETTLED = EnumSet.of(
            ClaimStatus.REVIEWED,
            ClaimStatus.COLLECTING_DOCUMENTS,
            ClaimStatus.DOCUMENTS_COMPLETE,
            ClaimStatus.ADJUSTED,
            ClaimStatus.APPROVED,
            ClaimStatus.AGREED,
            ClaimStatus.PAID,
            ClaimStatus.CLOSED);

    private final ServiceClocks engine;
    private final OrganizationDirectory organization;

    ClaimClocks(ServiceClocks engine, OrganizationDirectory organization) {
        this.engine = engine;
        this.organization = organization;
    }

    /** The milestones a step reports, in order. */
    static List<Milestone> milestonesOf(ClaimStep step) {
        return switch (step) {
            case REPORT -> List.of(Milestone.REPORT_REQUEST_RECEIVED, Milestone.CLAIM_REPORTED);
            case DISPATCH -> List.of(Milestone.SURVEYOR_DISPATCHED);
            case CONTACT -> List.of(Milestone.CUSTOMER_CONTACTED);
            case ARRIVAL -> List.of(Milestone.SURVEYOR_ARRIVED);
            // 浙江规范第七章 2.3.4: a case surveyed without a site visit needs no arrival
            case NO_SITE_SURVEY -> List.of(Milestone.NO_SITE_SURVEY, Milestone.SURVEY_COMPLETED);
            case SURVEY_REPORT -> List.of(Milestone.SURVEY_COMPLETED);
            case ASSESSMENT -> List.of(Milestone.ASSESSMENT_SUBMITTED);
            // The reviewed assessment is the loss the customer confirms (损失确认, 浙江规范第七章 2.7.2).
            case ASSESSMENT_REVIEW -> List.of(Milestone.ASSESSMENT_REVIEWED, Milestone.LOSS_AGREED);
            case APPLICATION -> List.of(Milestone.CLAIM_APPLICATION_RECEIVED);
            case DOCUMENTS -> List.of();
            case MISSING_DOCUMENTS_NOTICE -> List.of(Milestone.MISSING_DOCUMENTS_NOTICE_SENT);
            case NOTICE_RECEIVED -> List.of(Milestone.MISSING_DOCUMENTS_NOTICE_RECEIVED);
            case ADJUSTMENT -> List.of(Milestone.CLAIM_DECIDED);
            case APPROVAL -> List.of(Milestone.CLAIM_APPROVED);
            // 浙江规范第七章 2.7.3: the result is told to the claimant with the agreement.
            case AGREEMENT -> List.of(Milestone.DECISION_NOTIFIED, Milestone.SETTLEMENT_AGREED);
            // Only the bank's confirmation is a payment made; the instruction stops no clock.
            case PAYMENT_INSTRUCTION -> List.of();
            case PAYMENT -> List.of(Milestone.PAYMENT_MADE);
            case CLOSE -> List.of(Milestone.CLAIM_CLOSED);
            case DENIAL -> List.of(Milestone.CLAIM_DENIED);
            case DENIAL_NOTICE -> List.of(Milestone.DENIAL_NOTICE_SENT);
            case WITHDRAWAL -> List.of(Milestone.CLAIM_WITHDRAWN);
            // 保险法第二十五条 (LAW-25) and 浙江规范第七章 2.7.5 (ZJ-ADVANCE) stop on the advance.
            case ADVANCE_PAYMENT -> List.of(Milestone.ADVANCE_PAID);
            // No standard of the catalog clocks a reopening; the engine records it on the case.
            case REOPEN -> List.of(Milestone.CLAIM_REOPENED);
            // 浙江规范第七章 2.4.4 sets no time limit on a re-survey or joint assessment.
            case ASSESSMENT_DISPUTE -> List.of();
        };
    }

    void reportStep(Claim claim, ClaimStep step, StepTiming timing, @Nullable String repeatReason, DataScope scope) {
        report(claim, milestonesOf(step), timing, scope, repeatReason);
    }

    void report(Claim claim, Collection<Milestone> milestones, StepTiming timing, DataScope scope) {
        report(claim, milestones, timing, scope, null);
    }

    private void report(
            Claim claim,
            Collection<Milestone> milestones,
            StepTiming timing,
            DataScope scope,
            @Nullable String repeatReason) {
        if (milestones.isEmpty()) {
            return;
        }
        CaseRef ref = caseRef(claim.insurerId(), claim.claimNo());
        CaseOwner owner = CaseOwner.unit(claim.orgUnitId())
                .assignedTo(
                        claim.status() == ClaimStatus.DISPATCHED || claim.status() == ClaimStatus.ON_SITE
                                ? claim.surveyorId()
                                : null);
        CaseFacts facts = factsOf(claim);
        for (Milestone milestone : milestones) {
            ReportMilestone command = ReportMilestone.of(ref, milestone, timing.occurredAt(), owner, facts)
                    .lateBecause(timing.backDated() ? timing.lateEntryReason() : null)
                    .repeatedBecause(repeatReason);
            if (scope.isPlatform()) {
                engine.report(command);
            } else {
                engine.report(command, scope);
            }
        }
    }

    /**
     * 改派: the surveyor's open clocks pass to the new surveyor with their starts and deadlines unchanged
     * (浙江规范第七章 2.3.3、2.3.9 count from the first dispatch and the report, not from a re-dispatch).
     */
    void reassign(Claim claim, String reason, StepTiming timing) {
        engine.reassign(
                caseRef(claim.insurerId(), claim.claimNo()),
                CaseOwner.unit(claim.orgUnitId()).assignedTo(claim.surveyorId()),
                timing.occurredAt(),
                reason);
    }

    /** What the engine needs to know to tell which standards bind the claim. */
    static CaseFacts factsOf(Claim claim) {
        var report = claim.report();
        CaseFacts facts = CaseFacts.of(report.kind().motor() ? ProductLine.MOTOR : ProductLine.PROPERTY)
                .withSite(DivisionCode.of(report.lossDivision()))
                .withZone(report.zone() == null ? null : Zone.valueOf(report.zone()))
                .withChannel(Channel.valueOf(report.channel()))
                .withInjuries(report.injuries())
                .withAmount(claim.amountAtStake());
        if (LIABILITY_SETTLED.contains(claim.status())) {
            facts = facts.with(Fact.LIABILITY_CLEAR, Fact.LOSS_AGREED);
        }
        if (claim.missingDocuments().isEmpty()) {
            facts = facts.with(Fact.DOCUMENTS_COMPLETE);
        }
        return facts;
    }

    /**
     * The arrival zone of a loss place: out of province when it lies outside the answering unit's province
     * (浙江规范第七章 2.3.9 代查勘), otherwise the kind of the insurer's most specific zone covering it.
     */
    @Nullable
    String zoneOf(long insurerId, OrgUnitView unit, String lossDivision) {
        if (!lossDivision.startsWith(unit.divisionCode().substring(0, 2))) {
            return Zone.OUT_OF_PROVINCE.name();
        }
        return organization.zoneKindFor(insurerId, lossDivision).map(Enum::name).orElse(null);
    }

    public CaseDeadlines deadlinesOf(long insurerId, String claimNo) {
        return engine.deadlinesOf(caseRef(insurerId, claimNo));
    }

    public Map<CaseRef, CaseDeadlines> deadlinesOf(Collection<CaseRef> refs) {
        return engine.deadlinesOf(refs);
    }

    public static CaseRef caseRef(long insurerId, String claimNo) {
        return new CaseRef(CaseType.CLAIM, insurerId, claimNo);
    }
}
