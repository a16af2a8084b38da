package io.shixiao.policies.domain;

import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * The changes a policy accepts by endorsement (批改), each with the one complete list of materials the
 * applicant is told at once (浙江规范第六章 2.3: 一次性告知所需材料和手续).
 */
public enum EndorsementKind {
    /** 新车上牌或换牌: record the vehicle's plate. */
    PLATE(Set.of(ProductLine.MOTOR), List.of("批改申请书（被保险人签章）", "机动车行驶证", "被保险人身份证明")),
    /** 被保险人联系电话变更. */
    INSURED_MOBILE(
            Set.of(ProductLine.MOTOR, ProductLine.PROPERTY, ProductLine.RURAL_HOUSING),
            List.of("批改申请书（被保险人签章）", "被保险人身份证明")),
    /** 标的地址更正: the insured house's address (the division stays: a move is a new policy). */
    PROPERTY_ADDRESS(
            Set.of(ProductLine.PROPERTY, ProductLine.RURAL_HOUSING),
            List.of("批改申请书（被保险人签章）", "被保险人身份证明", "标的地址证明（不动产权证或村委会证明）"));

    private final Set<ProductLine> lines;
    private final List<String> materials;

    EndorsementKind(Set<ProductLine> lines, List<String> materials) {
        this.lines = lines;
        this.materials = materials;
    }

    /** The complete list of materials, told once when the request is taken. */
    public List<String> materials() {
        return materials;
    }

    public boolean appliesTo(ProductLine line) {
        return lines.contains(line);
    }

    /** The requested value in its normal form, or a refusal naming the field {@code value}. */
    String normalise(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("value", "批改后的内容不能为空");
        }
        String v = value.strip();
        return switch (this) {
            case PLATE -> {
                if (!PlateNumber.isValid(PlateNumber.normalise(v))) {
                    throw new InvalidInputException("value", "号牌格式不正确，如 浙A12345、浙AD12345");
                }
                yield PlateNumber.normalise(v);
            }
            case INSURED_MOBILE -> {
                if (!MobileNumber.isValid(v)) {
                    throw new InvalidInputException("value", "手机号应为11位，以1开头");
                }
                yield v;
            }
            case PROPERTY_ADDRESS -> {
                if (v.length() > 300 || v.chars().anyMatch(Character::isISOControl)) {
                    throw new InvalidInputException("value", "标的地址最多300个字符");
                }
                yield v;
            }
        };
    }
}
