package io.shixiao.customer.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.ClaimsOfCustomer;
import io.shixiao.claims.ClaimsOfCustomer.CustomerClaim;
import io.shixiao.claims.ClaimsOfCustomer.PolicyKey;
import io.shixiao.complaints.ComplaintsOfCustomer;
import io.shixiao.complaints.ComplaintsOfCustomer.Contacts;
import io.shixiao.complaints.ComplaintsOfCustomer.CustomerComplaint;
import io.shixiao.customer.CustomerFile;
import io.shixiao.customer.CustomerFiles;
import io.shixiao.customer.CustomerKey;
import io.shixiao.feedback.CallbacksOfCustomer;
import io.shixiao.feedback.CallbacksOfCustomer.CustomerCallback;
import io.shixiao.policies.PoliciesOfCustomer;
import io.shixiao.policies.PolicySummary;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a customer's file from the modules that own the records, each read within the caller's scope:
 *
 * <ol>
 *   <li>the customer's policies — by ID number the policies whose insured or policyholder holds it; by policy
 *       number that policy's insured and every policy of that person; by mobile the policies named in the
 *       complaints made from that mobile, and the rest of their insured's policies;
 *   <li>the claims under those policies (and, by mobile, the claims the customer's complaints name);
 *   <li>the consultations and complaints: those from the mobile, those naming the policies or claims, and the
 *       consultations linked to those complaints;
 *   <li>the callbacks after those claims' payment and those complaints' closure;
 *   <li>every clock of those cases, read from the service-level engine.
 * </ol>
 *
 * <p>The search and each record shown are audited in the same transaction.
 */
@Service
class CustomerFileService implements CustomerFiles {

    private final PoliciesOfCustomer policies;
    private final ClaimsOfCustomer claims;
    private final ComplaintsOfCustomer contacts;
    private final CallbacksOfCustomer callbacks;
    private final ServiceClocks clocks;
    private final AuditTrail audit;
    private final SearchAllowance allowance;

    CustomerFileService(
            PoliciesOfCustomer policies,
            ClaimsOfCustomer claims,
            ComplaintsOfCustomer contacts,
            CallbacksOfCustomer callbacks,
            ServiceClocks clocks,
            AuditTrail audit,
            SearchAllowance allowance) {
        this.policies = policies;
        this.claims = claims;
        this.contacts = contacts;
        this.callbacks = callbacks;
        this.clocks = clocks;
        this.audit = audit;
        this.allowance = allowance;
    }

    @Override
    @Transactional
    public CustomerFile find(CustomerKey key, String channel) {
        ScopedUser user = CurrentUser.get();
        DataScope scope = user.dataScope();
        if (!scope.seesRecords()) {
            throw new AccessDeniedException("An association or county account sees no customer's records");
        }
        allowance.take(user.username());
        CustomerFile file = assemble(key, scope);
        audit(file, channel);
        return file;
    }

    private CustomerFile assemble(CustomerKey key, DataScope scope) {
        @Nullable MobileNumber mobile = key.mobile();
        Set<String> namedClaims = new LinkedHashSet<>();
        List<PolicySummary> found = switch (key.kind()) {
            case ID_NUMBER -> policies.byIdNumber(key.idNumber(), scope);
            case POLICY_NO -> policies.ofTheInsuredOf(List.of(key.value()), scope);
            case MOBILE -> namedFrom(Objects.requireNonNull(mobile), namedClaims, scope);
        };
        List<CustomerClaim> claimList = claims.find(
                found.stream()
                        .map(p -> new PolicyKey(p.insurerId(), p.policyNo()))
                        .toList(),
                namedClaims,
                scope);
        Contacts contactList = contacts.find(
                mobile,
                found.stream().map(PolicySummary::policyNo).distinct().toList(),
                claimList.stream().map(CustomerClaim::claimNo).toList(),
                scope);
        List<CustomerCallback> callbackList = callbacks.find(
                claimList.stream().map(CustomerClaim::claimNo).toList(),
                contactList.complaints().stream().map(CustomerComplaint::number).toList(),
                scope);
        return new CustomerFile(
                key,
                found,
                claimList,
                contactList.consultations(),
                contactList.complaints(),
                callbackList,
                clocksOf(found, claimList, contactList));
    }

    /**
     * The policies named in the complaints made from {@code mobile} and the rest of their insured's policies: the
     * customer named them, so they are the customer's. The claims those complaints name go to {@code claimNos}.
     */
    private List<PolicySummary> namedFrom(MobileNumber mobile, Set<String> claimNos, DataScope scope) {
        Set<String> policyNos = new LinkedHashSet<>();
        for (CustomerComplaint c :
                contacts.find(mobile, List.of(), List.of(), scope).complaints()) {
            if (c.policyNumber() != null) {
                policyNos.add(c.policyNumber());
            }
            if (c.claimNumber() != null) {
                claimNos.add(c.claimNumber());
            }
        }
        return policies.ofTheInsuredOf(policyNos, scope);
    }

    private Map<CaseRef, List<ClockView>> clocksOf(
            List<PolicySummary> policyList, List<CustomerClaim> claimList, Contacts contactList) {
        List<CaseRef> cases = new ArrayList<>();
        policyList.forEach(p -> add(cases, CaseType.POLICY, p.insurerId(), p.policyNo()));
        claimList.forEach(c -> add(cases, CaseType.CLAIM, c.insurerId(), c.claimNo()));
        contactList.consultations().forEach(q -> add(cases, CaseType.CONSULTATION, q.insurerId(), q.number()));
        contactList.complaints().forEach(c -> add(cases, CaseType.COMPLAINT, c.insurerId(), c.number()));
        Map<CaseRef, List<ClockView>> byCase = new HashMap<>();
        for (Map.Entry<CaseRef, CaseDeadlines> entry : clocks.deadlinesOf(cases).entrySet()) {
            byCase.put(
                    entry.getKey(),
                    entry.getValue().clocks().stream()
                            .sorted(Comparator.comparing(ClockView::deadline))
                            .toList());
        }
        return byCase;
    }

    private static void add(List<CaseRef> cases, CaseType type, long insurerId, String id) {
        if (CaseRef.isValidId(id)) {
            cases.add(CaseRef.of(type, insurerId, id));
        }
    }

    // A hit tells the searcher who the key's holder is and what they have with the insurer; a miss is recorded
    // too, so trying numbers shows in the trail. Each record shown is a view of that record's personal data.
    private void audit(CustomerFile file, String channel) {
        String searched = file.key().described() + " searched (" + channel + ")";
        if (!file.found()) {
            audit.recordPiiView("customer", "search", searched + ", no match");
            return;
        }
        audit.recordPiiView(
                "customer",
                "search",
                searched + ": " + file.policies().size() + " policies, "
                        + file.claims().size() + " claims, "
                        + file.consultations().size() + " consultations, "
                        + file.complaints().size()
                        + " complaints, " + file.callbacks().size() + " callbacks");
        String shown = "shown in the customer view (found by " + file.key().described() + ")";
        file.policies().forEach(p -> audit.recordPiiView("POLICY", p.policyNo(), shown));
        file.claims().forEach(c -> audit.recordPiiView("claim", c.claimNo(), shown));
        file.consultations().forEach(q -> audit.recordPiiView("consultation", q.number(), shown));
        file.complaints().forEach(c -> audit.recordPiiView("complaint", c.number(), shown));
        file.callbacks().forEach(c -> audit.recordPiiView("callback_task", c.id(), shown));
    }
}
