package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.security.Role;
import java.util.Map;
import java.util.Set;

/**
 * Who may approve how much (核赔权限): each role's limit per claim; an amount above every limit the
 * approver holds goes up to a role with a higher one.
 *
 * @param limits the highest payable amount each role may approve
 */
public record ApprovalAuthority(Map<Role, Money> limits) {

    public ApprovalAuthority {
        limits = Map.copyOf(limits);
    }

    /** The highest amount any of {@code roles} may approve, zero for none. */
    public Money limitOf(Set<Role> roles) {
        return roles.stream().map(r -> limits.getOrDefault(r, Money.ZERO)).reduce(Money.ZERO, Money::max);
    }

    /** Refuses an approval above the approver's authority, naming who may approve it. */
    void anApproverStaysWithinTheirLimit(Set<Role> roles, Money payable) {
        Money limit = limitOf(roles);
        if (payable.isGreaterThan(limit)) {
            String higher = limits.entrySet().stream()
                    .filter(e -> !payable.isGreaterThan(e.getValue()))
                    .map(e -> e.getKey().name())
                    .sorted()
                    .findFirst()
                    .orElse("none");
            throw new ConflictException(
                    "approval",
                    "the payable " + payable.display() + " is above your authority of " + limit.display()
                            + "; it goes up to " + higher);
        }
    }
}
