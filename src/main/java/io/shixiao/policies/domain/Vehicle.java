package io.shixiao.policies.domain;

import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The insured vehicle (被保险机动车). A new car may be insured before it is registered (新车未上牌): it then
 * has no plate until an endorsement records one; the VIN identifies it throughout.
 */
public record Vehicle(
        @Nullable PlateNumber plate, Vin vin, @Nullable String model) {

    public Vehicle {
        Objects.requireNonNull(vin, "vin");
        model = model == null || model.isBlank() ? null : model.strip();
        if (model != null && (model.length() > 100 || model.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException("vehicleModel", "厂牌型号最多100个字符");
        }
    }

    Vehicle withPlate(PlateNumber newPlate) {
        return new Vehicle(newPlate, vin, model);
    }
}
