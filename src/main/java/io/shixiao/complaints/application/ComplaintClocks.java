package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.servicelevel.Approver;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ExtendClock;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.security.ScopedUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells the service-level engine what happened to a complaint or consultation; the engine starts, pauses,
 * restarts and stops CPL-18, CPL-20, ZJ-COMPLAINT, ZJ-COMPLAINT-RELAYED, AGR-COMPLAINT*, HZ-COMPLAINT*,
 * TGT-COMPLAINT-* and AGR-CONSULT as its catalog says. Nothing here computes a deadline.
 */
@Component
class ComplaintClocks {

    /** 投诉办法第十八条: the decision limit, the one a complex case extends. */
    static final String DECISION_LIMIT = "CPL-18";

    private final ServiceClocks clocks;

    ComplaintClocks(ServiceClocks clocks) {
        this.clocks = clocks;
    }

    static CaseRef ref(Complaint complaint) {
        Complaint.State s = complaint.state();
        return CaseRef.of(CaseType.COMPLAINT, s.insurerId(), s.number());
    }

    static Channel engineChannel(ContactChannel channel) {
        return switch (channel) {
            case HOTLINE -> Channel.HOTLINE;
            case OUTLET -> Channel.OUTLET;
            case LETTER -> Channel.LETTER;
            case ONLINE -> Channel.PORTAL;
            case REGULATOR_RELAYED -> Channel.REGULATOR_RELAYED;
            case ASSOCIATION_RELAYED -> Channel.ASSOCIATION_RELAYED;
        };
    }

    void report(ComplaintRecord record, Milestone milestone, StepTime time, Fact... facts) {
        Complaint.State s = record.complaint().state();
        CaseFacts known = CaseFacts.none()
                .withProductLine(record.productLine())
                .withChannel(engineChannel(s.channel()))
                .with(facts);
        CaseOwner owner = new CaseOwner(s.orgUnitId(), s.handlerStaffId(), record.schemeId());
        clocks.report(new ReportMilestone(
                ref(record.complaint()), milestone, time.at(), owner, known, time.lateReason(), null));
    }

    void reportConsultation(
            long insurerId,
            String number,
            long orgUnitId,
            ContactChannel channel,
            boolean claimInquiry,
            Milestone milestone,
            StepTime time) {
        CaseFacts facts = CaseFacts.none().withChannel(engineChannel(channel));
        if (claimInquiry) {
            facts = facts.with(Fact.CLAIM_INQUIRY);
        }
        clocks.report(new ReportMilestone(
                CaseRef.of(CaseType.CONSULTATION, insurerId, number),
                milestone,
                time.at(),
                CaseOwner.unit(orgUnitId),
                facts,
                time.lateReason(),
                null));
    }

    /**
     * Extends the running decision limit (CPL-18) one rung of its ladder: 情况复杂 by the handler alone,
     * 情况特别复杂 only with the approver the catalog names and the complainant told.
     */
    void extendDecisionLimit(
            Complaint complaint, String reason, @Nullable Instant complainantToldAt, ScopedUser approver) {
        ClockView decision = clocks.clocksOf(ref(complaint)).stream()
                .filter(c ->
                        c.standardCode().equals(DECISION_LIMIT) && c.state().isOpen())
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        "complexity", "The decision limit " + DECISION_LIMIT + " is not running on this complaint"));
        clocks.extend(
                decision.id(),
                new ExtendClock(reason, complainantToldAt, null),
                new Approver(approver.username(), approver.roles(), approver.dataScope()));
    }

    List<ClockView> clocksOf(Complaint complaint) {
        return clocks.clocksOf(ref(complaint));
    }

    List<ClockView> clocksOfConsultation(long insurerId, String number) {
        return clocks.clocksOf(CaseRef.of(CaseType.CONSULTATION, insurerId, number));
    }

    CaseDeadlines deadlinesOf(Complaint complaint) {
        return clocks.deadlinesOf(ref(complaint));
    }

    Map<CaseRef, CaseDeadlines> deadlines(Collection<CaseRef> refs) {
        return clocks.deadlinesOf(refs);
    }
}
