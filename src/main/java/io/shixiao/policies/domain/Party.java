package io.shixiao.policies.domain;

import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.Objects;

/**
 * A person named on a policy (投保人 or 被保险人) with the resident ID number that identifies them. Shown
 * masked: the name keeps its first and last characters, the ID number its region and last four digits.
 */
public record Party(String name, ResidentIdNumber idNumber) {

    private static final int LONGEST_NAME = 60;

    public Party {
        Objects.requireNonNull(idNumber, "idNumber");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "姓名不能为空");
        }
        name = name.strip();
        if (name.length() > LONGEST_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "姓名最多60个字符，不含控制字符");
        }
    }

    /** 张三 → 张*, 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜. */
    public static String maskName(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= 1) {
            return "*";
        }
        int first = name.offsetByCodePoints(0, 1);
        if (length == 2) {
            return name.substring(0, first) + "*";
        }
        int last = name.offsetByCodePoints(0, length - 1);
        return name.substring(0, first) + "*".repeat(length - 2) + name.substring(last);
    }

    public String maskedName() {
        return maskName(name);
    }

    public String maskedIdNumber() {
        return idNumber.masked();
    }
}
