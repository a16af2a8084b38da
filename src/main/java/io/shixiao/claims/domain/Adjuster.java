package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes what a claim pays from the assessed losses and the policy's covers: 交强险 first, item by
 * item up to its limits (liable or not); what is left of a third party's loss times the insured's
 * liability share, less the deductible, up to the sum insured of 商业三者险; the insured vehicle's own
 * loss times the share, less the deductible, up to the sum insured of 车损险; an insured property's
 * loss less the deductible up to its sum insured. Items the policy does not cover pay nothing.
 */
public final class Adjuster {

    private Adjuster() {}

    public static Adjustment adjust(List<AssessmentItem> items, List<Cover> covers, BigDecimal liabilityShare) {
        if (liabilityShare.signum() < 0 || liabilityShare.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("liabilityShare", "lies between 0 and 1");
        }
        Map<LossCategory, Money> losses = new EnumMap<>(LossCategory.class);
        for (AssessmentItem item : items) {
            if (item.covered()) {
                losses.merge(item.category(), item.amount(), Money::plus);
            }
        }
        boolean liable = liabilityShare.signum() > 0;
        List<AdjustmentLine> lines = new ArrayList<>();
        Money thirdPartyLeft = Money.ZERO;
        Cover ctpl = find(covers, CoverKind.CTPL);
        for (LossCategory category :
                List.of(LossCategory.DEATH_AND_DISABILITY, LossCategory.MEDICAL, LossCategory.THIRD_PARTY_PROPERTY)) {
            Money loss = losses.getOrDefault(category, Money.ZERO);
            if (loss.isZero()) {
                continue;
            }
            Cover.CtplLimit limit = ctpl == null ? null : ctpl.limitFor(category);
            if (limit != null) {
                Money cap = limit.limit(liable);
                Money paid = loss.min(cap);
                lines.add(new AdjustmentLine(
                        CoverKind.CTPL, category, loss, paid, "min(" + loss.display() + ", " + cap.display() + ")"));
                loss = loss.minus(paid);
            }
            thirdPartyLeft = thirdPartyLeft.plus(loss);
        }
        Cover thirdParty = find(covers, CoverKind.THIRD_PARTY_LIABILITY);
        if (thirdParty != null && !thirdPartyLeft.isZero()) {
            lines.add(
                    shareLessDeductible(thirdParty, LossCategory.THIRD_PARTY_PROPERTY, thirdPartyLeft, liabilityShare));
        }
        Cover vehicle = find(covers, CoverKind.VEHICLE_DAMAGE);
        Money own = losses.getOrDefault(LossCategory.OWN_VEHICLE, Money.ZERO);
        if (vehicle != null && !own.isZero()) {
            lines.add(shareLessDeductible(vehicle, LossCategory.OWN_VEHICLE, own, liabilityShare));
        }
        Cover property = find(covers, CoverKind.PROPERTY_DAMAGE);
        Money insured = losses.getOrDefault(LossCategory.INSURED_PROPERTY, Money.ZERO);
        if (property != null && !insured.isZero()) {
            lines.add(shareLessDeductible(property, LossCategory.INSURED_PROPERTY, insured, BigDecimal.ONE));
        }
        Money payable = lines.stream().map(AdjustmentLine::payable).reduce(Money.ZERO, Money::plus);
        return new Adjustment(liabilityShare, lines, payable);
    }

    private static AdjustmentLine shareLessDeductible(
            Cover cover, LossCategory category, Money loss, BigDecimal share) {
        Money paid = loss.times(share).minus(cover.deductible()).max(Money.ZERO).min(cover.sumInsured());
        String basis = "min(" + loss.display() + " × "
                + share.stripTrailingZeros().toPlainString() + " − "
                + cover.deductible().display() + ", " + cover.sumInsured().display() + ")";
        return new AdjustmentLine(cover.kind(), category, loss, paid, basis);
    }

    private static @org.jspecify.annotations.Nullable Cover find(List<Cover> covers, CoverKind kind) {
        return covers.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }
}
