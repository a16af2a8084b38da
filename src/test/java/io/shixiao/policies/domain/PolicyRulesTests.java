package io.shixiao.policies.domain;

import static io.shixiao.policies.PolicyFixtures.ISSUED;
import static io.shixiao.policies.PolicyFixtures.aMotorPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.PolicyFixtures;
import io.shixiao.policies.PolicyStatus;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRulesTests {

    private static final Instant LATER = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void aVinWithAWrongCheckDigitIsRefusedAndTheRightOneNamed() {
        String good = PolicyFixtures.A_VIN;
        char wrong = good.charAt(8) == '1' ? '2' : '1';
        String bad = good.substring(0, 8) + wrong + good.substring(9);
        assertThat(Vin.problemWith(good)).isNull();
        assertThatThrownBy(() -> new Vin(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("校验位应为 " + good.charAt(8));
        assertThat(Vin.problemWith("LSVAU2180N218329")).contains("17位");
        assertThat(Vin.problemWith("1M8GDM9AXKP042788")).isNull();
    }

    @Test
    void thePeriodRunsFromMidnightOfTheFirstDayToMidnightAfterTheLast() {
        PolicyPeriod period = PolicyPeriod.oneYearFrom(LocalDate.of(2026, 3, 1));
        assertThat(period.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2027-02-28T16:00:00Z"));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(period.days()).isEqualTo(365);
        assertThatThrownBy(() -> PolicyPeriod.ofDays(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("periodEnd");
    }

    @Test
    void aMotorPolicyRefusesACoverOfAnotherLine() {
        var command = PolicyFixtures.motor(1, 1, "AL-X-1", "浙A12345");
        var withHouse = new Policy.IssuePolicy(
                command.insurerId(),
                command.issuingUnitId(),
                command.policyNo(),
                command.productLine(),
                command.period(),
                command.premium(),
                command.holder(),
                command.insured(),
                command.insuredMobile(),
                command.vehicle(),
                null,
                List.of(new Cover(CoverageKind.RURAL_HOUSING, Money.yuan(1000), Money.ZERO)),
                false,
                "t");
        assertThatThrownBy(() -> Policy.issue(withHouse, ISSUED, ISSUED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coverages.RURAL_HOUSING");
    }

    @Test
    void ctplCarriesNoDeductibleAndADeductibleStaysBelowTheSumInsured() {
        assertThatThrownBy(() -> new Cover(CoverageKind.CTPL, Money.yuan(200_000), Money.yuan(100)))
                .hasMessageContaining("交强险不设免赔额");
        assertThatThrownBy(() -> new Cover(CoverageKind.VEHICLE_DAMAGE, Money.yuan(1000), Money.yuan(1000)))
                .hasMessageContaining("免赔额应小于保险金额");
    }

    @Test
    void aPolicyIsDeliveredOnceAndNotBeforeItWasIssued() {
        Policy policy = aMotorPolicy();
        assertThatThrownBy(() -> policy.markDelivered(ISSUED.minusSeconds(60), LATER))
                .isInstanceOf(InvalidInputException.class);
        policy.markDelivered(ISSUED.plusSeconds(3600), LATER);
        assertThatThrownBy(() -> policy.markDelivered(ISSUED.plusSeconds(7200), LATER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPolicyWithCtplIsSurrenderedOnlyForAStatutoryReason() {
        Policy policy = aMotorPolicy();
        assertThatThrownBy(() -> policy.surrender(SurrenderReason.POLICYHOLDER_REQUEST, LATER, LATER))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("第十六条");
        Money refund = policy.surrender(SurrenderReason.VEHICLE_DEREGISTERED, LATER, LATER);
        assertThat(policy.status()).isEqualTo(PolicyStatus.SURRENDERED);
        assertThat(refund.isGreaterThan(Money.ZERO)).isTrue();
    }

    @Test
    void aSurrenderedPolicyRefusesEverythingNamingItsState() {
        Policy policy = aMotorPolicy();
        policy.surrender(SurrenderReason.VEHICLE_LOST, LATER, LATER);
        assertThatThrownBy(() -> policy.surrender(SurrenderReason.VEHICLE_LOST, LATER, LATER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("SURRENDERED");
        assertThatThrownBy(() -> policy.markRenewalReminded(LATER, LATER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("SURRENDERED");
    }

    @Test
    void theRefundIsThePremiumOfTheDaysNotYetStartedTheSurrenderDayCountingAsEarned() {
        PolicyPeriod year = PolicyPeriod.oneYearFrom(LocalDate.of(2026, 3, 1));
        Money premium = Money.yuan("3650.00");
        // Surrender on the 10th day (10 March, afternoon): 10 days earned, 355 of 365 refunded.
        Instant tenthDay = Instant.parse("2026-03-10T07:00:00Z");
        assertThat(UnearnedPremiumRefund.of(premium, year, tenthDay)).isEqualTo(Money.yuan("3550.00"));
        assertThat(UnearnedPremiumRefund.of(premium, year, year.start().minusSeconds(1)))
                .isEqualTo(premium);
        assertThat(UnearnedPremiumRefund.of(premium, year, year.end().minusSeconds(1)))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void anExpiredPolicyIsNotSurrendered() {
        Policy policy = aMotorPolicy();
        Instant afterEnd = policy.period().end().plusSeconds(10);
        assertThatThrownBy(() -> policy.surrender(SurrenderReason.VEHICLE_LOST, afterEnd, afterEnd))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("期满");
    }

    @Test
    void namesAreMaskedKeepingTheFirstAndLastCharacter() {
        assertThat(Party.maskName("张三")).isEqualTo("张*");
        assertThat(Party.maskName("张三丰")).isEqualTo("张*丰");
        assertThat(Party.maskName("欧阳娜娜")).isEqualTo("欧**娜");
    }

    @Test
    void aRuralHousePolicyNeedsAnAddressAndNoVehicle() {
        Policy house = Policy.issue(PolicyFixtures.ruralHouse(1, 1, "HT-RH-1"), ISSUED, ISSUED);
        assertThat(house.productLine()).isEqualTo(ProductLine.RURAL_HOUSING);
        assertThat(house.property()).isNotNull();
    }
}
