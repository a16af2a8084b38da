package io.shixiao.claims.application;

import io.shixiao.shared.security.DataScope;
import java.util.List;
import java.util.Optional;

/** The policies a claim is reported against, found within the caller's scope (another insurer's are absent). */
public interface InsuredPolicies {

    Optional<PolicyForClaim> byNumber(String policyNo, DataScope scope);

    /** By plate (号牌) or the insured's resident ID number, whichever {@code text} is; newest first. */
    List<PolicyForClaim> search(String text, DataScope scope);
}
