package io.shixiao.policies;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Policies for tests: a motor policy with all three covers, a property and a rural housing policy. */
public final class PolicyFixtures {

    public static final ResidentIdNumber ZHANG_SAN = ResidentIdNumber.parse("11010519491231002X");
    public static final ResidentIdNumber LI_SI = ResidentIdNumber.parse(idWithCheck("33010619900101123"));
    public static final String A_VIN = vinWithCheck("LSVAU2180N2183294");
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    public static final Instant ISSUED = Instant.parse("2026-02-27T02:00:00Z");

    private PolicyFixtures() {}

    public static Policy.IssuePolicy motor(long insurerId, long unitId, String policyNo, String plate) {
        return new Policy.IssuePolicy(
                insurerId,
                unitId,
                policyNo,
                ProductLine.MOTOR,
                PolicyPeriod.oneYearFrom(FIRST_DAY),
                Money.yuan("3650.00"),
                new Party("张三", ZHANG_SAN),
                new Party("张三", ZHANG_SAN),
                new MobileNumber("13812345678"),
                new Vehicle(plate == null ? null : PlateNumber.parse(plate), new Vin(A_VIN), "大众汽车 SVW7141"),
                null,
                List.of(
                        new Cover(CoverageKind.CTPL, Money.yuan(200_000), Money.ZERO),
                        new Cover(CoverageKind.THIRD_PARTY_LIABILITY, Money.yuan(1_000_000), Money.ZERO),
                        new Cover(CoverageKind.VEHICLE_DAMAGE, Money.yuan(150_000), Money.yuan(500))),
                true,
                "test");
    }

    public static Policy aMotorPolicy() {
        return Policy.issue(motor(1, 1, "AL-MOTOR-0001", "浙AD12345"), ISSUED, ISSUED);
    }

    public static Policy.IssuePolicy ruralHouse(long insurerId, long unitId, String policyNo) {
        return new Policy.IssuePolicy(
                insurerId,
                unitId,
                policyNo,
                ProductLine.RURAL_HOUSING,
                PolicyPeriod.oneYearFrom(FIRST_DAY),
                Money.yuan("30.00"),
                new Party("李四", LI_SI),
                new Party("李四", LI_SI),
                null,
                null,
                new InsuredProperty("互助县威远镇小寺村12号", DivisionCode.of("630223")),
                List.of(new Cover(CoverageKind.RURAL_HOUSING, Money.yuan(30_000), Money.ZERO)),
                false,
                "test");
    }

    /** {@code first16} with the ninth character replaced by the check digit. */
    public static String vinWithCheck(String vin) {
        return vin.substring(0, 8) + Vin.checkDigit(vin) + vin.substring(9);
    }

    /** Seventeen digits completed with the check character that makes a valid number. */
    public static String idWithCheck(String first17) {
        for (char c : "0123456789X".toCharArray()) {
            if (ResidentIdNumber.isValid(first17 + c)) {
                return first17 + c;
            }
        }
        throw new IllegalArgumentException(first17);
    }
}
