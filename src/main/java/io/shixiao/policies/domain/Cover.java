package io.shixiao.policies.domain;

import io.shixiao.policies.CoverageKind;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Objects;

/**
 * One cover (险种) a policy carries: the sum insured (保险金额/责任限额) and the deductible (免赔额).
 * For 交强险 the sum insured is the total of the schedule's limits when liable and there is no deductible.
 */
public record Cover(CoverageKind kind, Money sumInsured, Money deductible) {

    public Cover {
        Objects.requireNonNull(kind, "kind");
        String field = "coverages." + kind.name();
        if (sumInsured == null || sumInsured.isNegative() || sumInsured.isZero()) {
            throw new InvalidInputException(field + ".sumInsured", "保险金额应大于0");
        }
        if (deductible == null || deductible.isNegative()) {
            throw new InvalidInputException(field + ".deductible", "免赔额不能为负");
        }
        if (!aDeductibleStaysBelowTheSumInsured(sumInsured, deductible)) {
            throw new InvalidInputException(field + ".deductible", "免赔额应小于保险金额");
        }
        if (kind == CoverageKind.CTPL && !deductible.isZero()) {
            // 交强险条款: the insurer pays within the limits; the clauses know no deductible.
            throw new InvalidInputException(field + ".deductible", "交强险不设免赔额");
        }
    }

    static boolean aDeductibleStaysBelowTheSumInsured(Money sumInsured, Money deductible) {
        return sumInsured.isGreaterThan(deductible);
    }
}
