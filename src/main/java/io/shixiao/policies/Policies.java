package io.shixiao.policies;

import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.security.DataScope;
import java.util.List;
import java.util.Optional;

/**
 * Finds policies for other modules (a claim is reported against one). Every lookup is limited to
 * {@code scope}: a policy outside it is absent, exactly as one that does not exist, so another
 * insurer's policies can neither be read nor probed. Lists are newest period first.
 */
public interface Policies {

    /** The policy with this id, if the scope sees it. */
    Optional<PolicySummary> byId(long policyId, DataScope scope);

    /** The policy with this number (保单号), if the scope sees it. */
    Optional<PolicySummary> byNumber(String policyNo, DataScope scope);

    /** The motor policies on this plate (号牌), current and past. */
    List<PolicySummary> byPlate(PlateNumber plate, DataScope scope);

    /** The policies whose insured (被保险人) holds this resident ID number. */
    List<PolicySummary> byInsuredId(ResidentIdNumber idNumber, DataScope scope);
}
