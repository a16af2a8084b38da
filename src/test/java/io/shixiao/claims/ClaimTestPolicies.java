package io.shixiao.claims;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.policies.domain.Cover;
import io.shixiao.policies.domain.Party;
import io.shixiao.policies.domain.Policy;
import io.shixiao.policies.domain.PolicyPeriod;
import io.shixiao.policies.domain.Vehicle;
import io.shixiao.policies.domain.Vin;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Motor policies for claim tests, issued through the policies module's own domain and storage. */
public final class ClaimTestPolicies {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private ClaimTestPolicies() {}

    /** A motor policy of {@code unit} for the year from {@code firstDay}: 交强险, 商业三者 1,000,000, 车损 150,000 less 500. */
    public static String motorPolicy(PolicyRepository policies, OrgUnitView unit, LocalDate firstDay) {
        int n = SERIAL.incrementAndGet();
        String policyNo = "PDAT" + firstDay.getYear() + String.format("%010d", n);
        Policy policy = Policy.issue(
                new Policy.IssuePolicy(
                        unit.insurerId(),
                        unit.id(),
                        policyNo,
                        ProductLine.MOTOR,
                        PolicyPeriod.oneYearFrom(firstDay),
                        Money.yuan(3_200),
                        new Party("张三", residentId(n)),
                        new Party("张三", residentId(n)),
                        new MobileNumber("13812341234"),
                        new Vehicle(PlateNumber.parse(plate(n)), Vin.parse(vin(n)), "大众牌SVW7"),
                        null,
                        List.of(
                                new Cover(CoverageKind.CTPL, Money.yuan(200_000), Money.ZERO),
                                new Cover(CoverageKind.THIRD_PARTY_LIABILITY, Money.yuan(1_000_000), Money.ZERO),
                                new Cover(CoverageKind.VEHICLE_DAMAGE, Money.yuan(150_000), Money.yuan(500))),
                        false,
                        "test"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
        policies.insertAll(List.of(policy));
        return policyNo;
    }

    static String plate(int n) {
        return "浙A" + String.format("%05d", n % 100_000);
    }

    static ResidentIdNumber residentId(int n) {
        String body = "33010619900101" + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return ResidentIdNumber.parse(body + "10X98765432".charAt(sum % 11));
    }

    static String vin(int n) {
        String draft = "LSVAU2180N" + String.format("%07d", n % 10_000_000);
        char check = Vin.checkDigit(draft);
        return draft.substring(0, 8) + check + draft.substring(9);
    }
}
