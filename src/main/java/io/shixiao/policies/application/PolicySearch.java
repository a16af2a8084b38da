package io.shixiao.policies.application;

import io.shixiao.policies.Policies;
import io.shixiao.policies.PolicySummary;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.security.DataScope;
import java.util.List;
import org.springframework.stereotype.Component;

/** The search box of the policy pages: one text that is a plate, an ID number or a policy number. */
@Component
public class PolicySearch {

    private final Policies policies;

    PolicySearch(Policies policies) {
        this.policies = policies;
    }

    public List<PolicySummary> find(String text, DataScope scope) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.strip();
        if (PlateNumber.isValid(PlateNumber.normalise(q))) {
            return policies.byPlate(PlateNumber.parse(q), scope);
        }
        if (ResidentIdNumber.isValid(q)) {
            return policies.byInsuredId(ResidentIdNumber.parse(q), scope);
        }
        return policies.byNumber(q, scope).stream().toList();
    }
}
