package io.shixiao.customer;

import io.shixiao.claims.ClaimsOfCustomer.CustomerClaim;
import io.shixiao.complaints.ComplaintsOfCustomer.CustomerComplaint;
import io.shixiao.complaints.ComplaintsOfCustomer.CustomerConsultation;
import io.shixiao.feedback.CallbacksOfCustomer.CustomerCallback;
import io.shixiao.policies.PolicySummary;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockView;
import java.util.List;
import java.util.Map;

/**
 * One customer's records within the caller's scope, grouped by kind, personal data masked, with every clock
 * of those cases as the service-level engine reports it (deadlines are never computed here).
 *
 * @param key what the customer was found by
 * @param clocks the clocks of each case (policy, claim, consultation, complaint), earliest deadline first
 */
public record CustomerFile(
        CustomerKey key,
        List<PolicySummary> policies,
        List<CustomerClaim> claims,
        List<CustomerConsultation> consultations,
        List<CustomerComplaint> complaints,
        List<CustomerCallback> callbacks,
        Map<CaseRef, List<ClockView>> clocks) {

    public CustomerFile {
        policies = List.copyOf(policies);
        claims = List.copyOf(claims);
        consultations = List.copyOf(consultations);
        complaints = List.copyOf(complaints);
        callbacks = List.copyOf(callbacks);
        clocks = Map.copyOf(clocks);
    }

    /** Whether anything in the caller's scope matched; another insurer's records alone are no match. */
    public boolean found() {
        return records() > 0;
    }

    /** How many records the file shows. */
    public int records() {
        return policies.size() + claims.size() + consultations.size() + complaints.size() + callbacks.size();
    }

    /** The clocks of one case, earliest deadline first; none when the case has no clock. */
    public List<ClockView> clocksOf(CaseType type, long insurerId, String id) {
        return CaseRef.isValidId(id) ? clocks.getOrDefault(CaseRef.of(type, insurerId, id), List.of()) : List.of();
    }

    /** The clocks of a policy (delivery, renewal reminder). */
    public List<ClockView> clocksOf(PolicySummary policy) {
        return clocksOf(CaseType.POLICY, policy.insurerId(), policy.policyNo());
    }

    public List<ClockView> clocksOf(CustomerClaim claim) {
        return clocksOf(CaseType.CLAIM, claim.insurerId(), claim.claimNo());
    }

    public List<ClockView> clocksOf(CustomerConsultation consultation) {
        return clocksOf(CaseType.CONSULTATION, consultation.insurerId(), consultation.number());
    }

    public List<ClockView> clocksOf(CustomerComplaint complaint) {
        return clocksOf(CaseType.COMPLAINT, complaint.insurerId(), complaint.number());
    }

    /** How many clocks still wait for their stop (running, paused, or breached and not yet done). */
    public long openClocks() {
        return clocks.values().stream()
                .flatMap(List::stream)
                .filter(ClockView::waitingForStop)
                .count();
    }
}
