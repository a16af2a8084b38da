package io.shixiao.claims.application;

import io.shixiao.claims.domain.ApprovalAuthority;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an insurer may tune.
 *
 * @param handlerApprovalLimit the most a CLAIMS_HANDLER approves alone (核赔权限)
 * @param managerApprovalLimit the most a MANAGER approves; above it the claim goes up the branch tree
 * @param sameAccidentMinutes a report on the same policy with a loss this close to an open claim's is a
 *     repeat report of that accident and is linked to it instead of opening a claim
 * @param maxUploadBytes the largest photo or scan accepted
 */
@ConfigurationProperties("shixiao.claims")
public record ClaimsSettings(
        @DefaultValue("10000") BigDecimal handlerApprovalLimit,
        @DefaultValue("200000") BigDecimal managerApprovalLimit,
        @DefaultValue("120") int sameAccidentMinutes,
        @DefaultValue("5242880") int maxUploadBytes) {

    public ApprovalAuthority authority() {
        Map<Role, Money> limits = new EnumMap<>(Role.class);
        limits.put(Role.CLAIMS_HANDLER, Money.yuan(handlerApprovalLimit));
        limits.put(Role.MANAGER, Money.yuan(managerApprovalLimit));
        return new ApprovalAuthority(limits);
    }
}
