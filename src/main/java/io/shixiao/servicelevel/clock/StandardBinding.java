package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.CaseProfile;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a standard binds the case a start milestone is about, by its applicability conditions and
 * the facts the milestone carries. A condition on a fact the milestone does not carry does not bind:
 * a clock is started only where the case is known to fall under the standard.
 */
final class StandardBinding {

    private StandardBinding() {}

    static boolean binds(ServiceStandard standard, MilestoneReported milestone) {
        return standard.kind() == ServiceStandard.Kind.CLOCK
                // A limit counted back from a future milestone (续保提醒) is not run by a clock.
                && standard.direction() == ServiceStandard.Direction.AFTER_START
                && standard.isEffectiveOn(
                        milestone.at().atZone(ShanghaiTime.ZONE).toLocalDate())
                && profileOf(milestone)
                        .map(profile -> standard.appliesTo().covers(profile))
                        .orElse(false);
    }

    /** What the milestone tells of its case; empty for a case type the catalog does not know. */
    static Optional<CaseProfile> profileOf(MilestoneReported milestone) {
        CaseType caseType;
        try {
            caseType = CaseType.valueOf(milestone.caseType());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        return Optional.of(new CaseProfile(
                caseType,
                milestone.attribute(MilestoneReported.PRODUCT_LINE),
                milestone.attribute(MilestoneReported.REGION),
                amountOf(milestone),
                flag(milestone.attribute(MilestoneReported.INJURIES)),
                milestone.attribute(MilestoneReported.ZONE_KIND),
                milestone.attribute(MilestoneReported.CHANNEL),
                Boolean.TRUE.equals(flag(milestone.attribute(MilestoneReported.CATASTROPHE))),
                factsOf(milestone.attribute(MilestoneReported.FACTS))));
    }

    /** The period's amount: the contract parameter where the milestone sets it, else the catalog's. */
    static long amount(PeriodSpec period, MilestoneReported milestone) {
        String parameter = period.parameter();
        String value = parameter == null ? null : milestone.attribute(MilestoneReported.PARAMETER_PREFIX + parameter);
        return value == null ? period.amount() : Long.parseLong(value.trim());
    }

    static boolean startsOn(ServiceStandard standard, String milestone) {
        return contains(standard.milestones().start(), milestone);
    }

    static boolean contains(Set<String> milestones, String milestone) {
        return milestones != null && milestones.contains(milestone);
    }

    private static BigDecimal amountOf(MilestoneReported milestone) {
        String value = milestone.attribute(MilestoneReported.AMOUNT);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("attributes." + MilestoneReported.AMOUNT, "must be an amount in yuan");
        }
    }

    private static Boolean flag(String value) {
        return value == null ? null : Boolean.parseBoolean(value.trim());
    }

    private static Set<String> factsOf(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(fact -> !fact.isEmpty())
                .collect(Collectors.toSet());
    }
}
