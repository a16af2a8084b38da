package io.shixiao.policies.application;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.domain.Cover;
import io.shixiao.policies.domain.InsuredProperty;
import io.shixiao.policies.domain.Party;
import io.shixiao.policies.domain.Policy;
import io.shixiao.policies.domain.PolicyPeriod;
import io.shixiao.policies.domain.Vehicle;
import io.shixiao.policies.domain.Vin;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link PolicyRow} into a policy, naming every field that is missing or wrong (the import's
 * row-level report lists them all, not only the first). Field checks come first; the aggregate's own
 * rules, which need a whole policy, follow once the fields are sound.
 */
final class PolicyRowReader {

    private final Map<String, OrgUnitView> unitsByCode;
    private final CtplLimits ctplLimits;
    private final String actor;

    PolicyRowReader(Map<String, OrgUnitView> unitsByCode, CtplLimits ctplLimits, String actor) {
        this.unitsByCode = unitsByCode;
        this.ctplLimits = ctplLimits;
        this.actor = actor;
    }

    /** The policy of the row issued at {@code issuedAt}, or the problems of the row. */
    Result read(PolicyRow row, Instant issuedAt) {
        List<FieldProblem> problems = new ArrayList<>();
        String policyNo = required(problems, "policyNo", row.policyNo());
        ProductLine line = productLine(problems, row.productLine());
        OrgUnitView unit = unit(problems, row.issuingUnitCode());
        PolicyPeriod period = attempt(
                problems,
                "firstDay",
                () -> PolicyPeriod.ofDays(
                        required(row.firstDay(), "firstDay", "保险起期不能为空"),
                        required(row.lastDay(), "lastDay", "保险止期不能为空")));
        Money premium = money(problems, "premium", row.premium(), true);
        ResidentIdNumber insuredId = idNumber(problems, "insuredIdNumber", row.insuredIdNumber());
        String insuredName = required(problems, "insuredName", row.insuredName());
        boolean holderGiven = !blank(row.holderName()) || !blank(row.holderIdNumber());
        ResidentIdNumber holderId =
                holderGiven ? idNumber(problems, "holderIdNumber", row.holderIdNumber()) : insuredId;
        String holderName = holderGiven ? required(problems, "holderName", row.holderName()) : insuredName;
        MobileNumber mobile = null;
        if (!blank(row.insuredMobile())) {
            mobile = attempt(
                    problems,
                    "insuredMobile",
                    () -> new MobileNumber(row.insuredMobile().strip()));
        }
        Vehicle vehicle = null;
        InsuredProperty property = null;
        List<Cover> covers = new ArrayList<>();
        if (line == ProductLine.MOTOR) {
            vehicle = vehicle(problems, row);
            if (Boolean.TRUE.equals(row.ctpl()) && period != null) {
                Money total = ctplLimits.totalOn(period.firstDay());
                if (total.isZero()) {
                    problems.add(new FieldProblem("ctpl", "保险起期早于任何交强险责任限额表"));
                } else {
                    covers.add(new Cover(CoverageKind.CTPL, total, Money.ZERO));
                }
            }
            cover(
                    problems,
                    covers,
                    CoverageKind.THIRD_PARTY_LIABILITY,
                    "thirdParty",
                    row.thirdPartySumInsured(),
                    row.thirdPartyDeductible());
            cover(
                    problems,
                    covers,
                    CoverageKind.VEHICLE_DAMAGE,
                    "vehicleDamage",
                    row.vehicleDamageSumInsured(),
                    row.vehicleDamageDeductible());
        } else if (line != null) {
            property = property(problems, row);
            CoverageKind kind =
                    line == ProductLine.RURAL_HOUSING ? CoverageKind.RURAL_HOUSING : CoverageKind.PROPERTY_DAMAGE;
            if (row.propertySumInsured() == null) {
                problems.add(new FieldProblem("propertySumInsured", "保险金额不能为空"));
            }
            cover(problems, covers, kind, "property", row.propertySumInsured(), row.propertyDeductible());
        }
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        try {
            Policy policy = Policy.issue(
                    new Policy.IssuePolicy(
                            unit.insurerId(),
                            unit.id(),
                            policyNo,
                            line,
                            period,
                            premium,
                            new Party(holderName, holderId),
                            new Party(insuredName, insuredId),
                            mobile,
                            vehicle,
                            property,
                            covers,
                            Boolean.TRUE.equals(row.deliveryRequired()),
                            actor),
                    issuedAt,
                    issuedAt);
            return Result.issued(policy);
        } catch (InvalidInputException e) {
            return Result.refused(e.fields());
        }
    }

    private @Nullable Vehicle vehicle(List<FieldProblem> problems, PolicyRow row) {
        PlateNumber plate = null;
        if (!blank(row.plate())) {
            String normal = PlateNumber.normalise(row.plate());
            if (PlateNumber.isValid(normal)) {
                plate = new PlateNumber(normal);
            } else {
                problems.add(new FieldProblem("plate", "号牌格式不正确，如 浙A12345、浙AD12345"));
            }
        }
        Vin vin = attempt(problems, "vin", () -> Vin.parse(required(row.vin(), "vin", "机动车保单须有车架号")));
        PlateNumber finalPlate = plate;
        return vin == null
                ? null
                : attempt(problems, "vehicleModel", () -> new Vehicle(finalPlate, vin, row.vehicleModel()));
    }

    private @Nullable InsuredProperty property(List<FieldProblem> problems, PolicyRow row) {
        DivisionCode division = null;
        if (blank(row.divisionCode())
                || !DivisionCode.isValid(row.divisionCode().strip())) {
            problems.add(new FieldProblem("divisionCode", "行政区划代码应为2、4、6、9或12位数字"));
        } else {
            division = DivisionCode.of(row.divisionCode());
        }
        DivisionCode finalDivision = division;
        return division == null
                ? null
                : attempt(problems, "address", () -> new InsuredProperty(row.address(), finalDivision));
    }

    private static void cover(
            List<FieldProblem> problems,
            List<Cover> covers,
            CoverageKind kind,
            String prefix,
            @Nullable BigDecimal sumInsured,
            @Nullable BigDecimal deductible) {
        if (sumInsured == null) {
            if (deductible != null) {
                problems.add(new FieldProblem(prefix + "SumInsured", "填写免赔额时须填写保险金额"));
            }
            return;
        }
        Money sum = money(problems, prefix + "SumInsured", sumInsured, true);
        Money less = deductible == null ? Money.ZERO : money(problems, prefix + "Deductible", deductible, true);
        if (sum != null && less != null) {
            Cover cover = attempt(problems, prefix + "SumInsured", () -> new Cover(kind, sum, less));
            if (cover != null) {
                covers.add(cover);
            }
        }
    }

    private @Nullable OrgUnitView unit(List<FieldProblem> problems, @Nullable String code) {
        if (blank(code)) {
            problems.add(new FieldProblem("issuingUnitCode", "出单机构代码不能为空"));
            return null;
        }
        OrgUnitView unit = unitsByCode.get(code.strip());
        if (unit == null) {
            problems.add(new FieldProblem("issuingUnitCode", "出单机构 " + code.strip() + " 不存在或不在您的管辖范围内"));
        }
        return unit;
    }

    private static @Nullable ProductLine productLine(List<FieldProblem> problems, @Nullable String value) {
        if (!blank(value)) {
            switch (value.strip()) {
                case "MOTOR", "机动车" -> {
                    return ProductLine.MOTOR;
                }
                case "PROPERTY", "财产" -> {
                    return ProductLine.PROPERTY;
                }
                case "RURAL_HOUSING", "农房" -> {
                    return ProductLine.RURAL_HOUSING;
                }
                default -> {}
            }
        }
        problems.add(new FieldProblem("productLine", "险类应为 MOTOR（机动车）、PROPERTY（财产）或 RURAL_HOUSING（农房）"));
        return null;
    }

    private static @Nullable ResidentIdNumber idNumber(
            List<FieldProblem> problems, String field, @Nullable String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "身份证号码不能为空"));
            return null;
        }
        String problem = ResidentIdNumber.isValid(value)
                ? null
                : ResidentIdNumber.problemWith(value.replace(" ", "").strip().toUpperCase(java.util.Locale.ROOT));
        if (problem != null) {
            problems.add(new FieldProblem(field, problem));
            return null;
        }
        return ResidentIdNumber.parse(value);
    }

    private static @Nullable Money money(
            List<FieldProblem> problems, String field, @Nullable BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "金额不能为空"));
            }
            return null;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "金额不能为负"));
            return null;
        }
        if (value.scale() > 2) {
            problems.add(new FieldProblem(field, "金额最多两位小数（分）"));
            return null;
        }
        return attempt(problems, field, () -> Money.yuan(value));
    }

    private static @Nullable String required(List<FieldProblem> problems, String field, @Nullable String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "不能为空"));
            return null;
        }
        return value.strip();
    }

    private static <T> T required(@Nullable T value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Runs a constructor that checks its own rules, turning its refusal into a problem of {@code field}. */
    private static <T> @Nullable T attempt(
            List<FieldProblem> problems, String field, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.fields());
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    /** A row's policy, or the problems that keep it from being one. */
    record Result(@Nullable Policy policy, List<FieldProblem> problems) {

        static Result issued(Policy policy) {
            return new Result(policy, List.of());
        }

        static Result refused(List<FieldProblem> problems) {
            return new Result(null, List.copyOf(problems));
        }
    }
}
