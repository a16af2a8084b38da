package io.shixiao.claims.application;

import io.shixiao.claims.domain.Cover;
import io.shixiao.claims.domain.CoverKind;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.policies.Coverage;
import io.shixiao.policies.ItemLimit;
import io.shixiao.policies.Policies;
import io.shixiao.policies.PolicySummary;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.security.DataScope;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The policies module's finder, seen as the claims module needs a policy. */
@Component
class PoliciesAdapter implements InsuredPolicies {

    private final Policies policies;

    PoliciesAdapter(Policies policies) {
        this.policies = policies;
    }

    @Override
    public Optional<PolicyForClaim> byNumber(String policyNo, DataScope scope) {
        return policies.byNumber(policyNo, scope).map(PoliciesAdapter::forClaim);
    }

    @Override
    public List<PolicyForClaim> search(String text, DataScope scope) {
        if (PlateNumber.isValid(text)) {
            return policies.byPlate(PlateNumber.parse(text), scope).stream()
                    .map(PoliciesAdapter::forClaim)
                    .toList();
        }
        if (ResidentIdNumber.isValid(text)) {
            return policies.byInsuredId(ResidentIdNumber.parse(text), scope).stream()
                    .map(PoliciesAdapter::forClaim)
                    .toList();
        }
        return List.of();
    }

    static PolicyForClaim forClaim(PolicySummary p) {
        return new PolicyForClaim(
                p.policyNo(),
                p.insurerId(),
                p.issuingUnitId(),
                p.productLine(),
                p.periodStart(),
                p.periodEnd(),
                p.terminatedAt(),
                p.insuredNameMasked(),
                p.plate() == null ? null : p.plate().value(),
                p.coverages().stream().map(PoliciesAdapter::cover).toList());
    }

    private static Cover cover(Coverage c) {
        CoverKind kind = switch (c.kind()) {
            case CTPL -> CoverKind.CTPL;
            case THIRD_PARTY_LIABILITY -> CoverKind.THIRD_PARTY_LIABILITY;
            case VEHICLE_DAMAGE -> CoverKind.VEHICLE_DAMAGE;
            case PROPERTY_DAMAGE, RURAL_HOUSING -> CoverKind.PROPERTY_DAMAGE;
        };
        Map<LossCategory, Cover.CtplLimit> limits = new EnumMap<>(LossCategory.class);
        for (ItemLimit limit : c.itemLimits()) {
            LossCategory category = switch (limit.item()) {
                case DEATH_AND_DISABILITY -> LossCategory.DEATH_AND_DISABILITY;
                case MEDICAL_EXPENSES -> LossCategory.MEDICAL;
                case PROPERTY_DAMAGE -> LossCategory.THIRD_PARTY_PROPERTY;
            };
            limits.put(category, new Cover.CtplLimit(limit.whenLiable(), limit.whenNotLiable()));
        }
        return new Cover(kind, c.sumInsured(), c.deductible(), limits);
    }
}
