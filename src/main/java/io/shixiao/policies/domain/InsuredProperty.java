package io.shixiao.policies.domain;

import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Objects;

/** Where the insured house or property stands (保险标的地址) and the division it lies in. */
public record InsuredProperty(String address, DivisionCode division) {

    public InsuredProperty {
        Objects.requireNonNull(division, "division");
        if (address == null || address.isBlank()) {
            throw new InvalidInputException("address", "标的地址不能为空");
        }
        address = address.strip();
        if (address.length() > 300 || address.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("address", "标的地址最多300个字符");
        }
    }

    InsuredProperty at(String newAddress) {
        return new InsuredProperty(newAddress, division);
    }
}
