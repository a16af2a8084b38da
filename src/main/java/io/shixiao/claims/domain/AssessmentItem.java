package io.shixiao.claims.domain;

import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;

/**
 * One line of a loss assessment (定损): a part, a repair, a bill.
 *
 * @param category what the loss is of
 * @param description e.g. 前保险杠更换
 * @param amount the assessed amount, not negative
 * @param covered false for an item the policy does not cover, named to the customer at assessment (C10)
 */
public record AssessmentItem(LossCategory category, String description, Money amount, boolean covered) {

    public AssessmentItem {
        if (amount.isNegative()) {
            throw new InvalidInputException("items.amount", "must not be negative");
        }
        if (description.isBlank() || description.length() > 200) {
            throw new InvalidInputException("items.description", "1–200 characters");
        }
    }
}
