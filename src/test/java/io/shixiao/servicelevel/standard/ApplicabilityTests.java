package io.shixiao.servicelevel.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.Zone;
import io.shixiao.shared.money.Money;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicabilityTests {

    private static final Map<String, ServiceStandard> CATALOG = new CatalogLoader()
            .load(CatalogFixtures.packagedCatalog()).standards().stream()
                    .collect(Collectors.toMap(ServiceStandard::code, Function.identity()));

    @Test
    void anUrbanHangzhouMotorClaimGetsTheThirtyMinuteArrivalOnly() {
        Case claim = motorClaim("330106", Zone.URBAN, Money.yuan("5000"), false, Set.of());

        assertThat(covers("ZJ-ARRIVE-URBAN", claim)).isTrue();
        assertThat(covers("ZJ-ARRIVE-OUTSIDE", claim)).isFalse();
        assertThat(covers("HZ-ARRIVE-TOWN", claim)).isFalse();
    }

    @Test
    void aCaseOfANingboBranchIsOutsideTheZhejiangNorm() {
        assertThat(covers(
                        "ZJ-ARRIVE-URBAN",
                        new Case(CaseType.CLAIM, motor(Zone.URBAN, null, false, Set.of()), "330203")))
                .isFalse();
    }

    @Test
    void aClaimWithoutAKnownZoneStartsNoZoneBoundArrivalClock() {
        Case claim = motorClaim("330106", null, null, false, Set.of());

        assertThat(covers("ZJ-ARRIVE-URBAN", claim)).isFalse();
        assertThat(covers("ZJ-ARRIVE-OUTSIDE", claim)).isFalse();
        assertThat(covers("ZJ-DISPATCH", claim)).isTrue();
    }

    @Test
    void theSmallClaimRuleIncludesTwoThousandYuanAndNeedsNoInjuriesAndAnAgreedLoss() {
        Set<Fact> ready = Set.of(Fact.LIABILITY_CLEAR, Fact.DOCUMENTS_COMPLETE, Fact.LOSS_AGREED);

        assertThat(covers("ZJ-SMALL", motorClaim("330106", Zone.URBAN, Money.yuan("2000"), false, ready)))
                .isTrue();
        assertThat(covers("ZJ-SMALL", motorClaim("330106", Zone.URBAN, Money.yuan("2000.01"), false, ready)))
                .isFalse();
        assertThat(covers("ZJ-SMALL", motorClaim("330106", Zone.URBAN, Money.yuan("800"), true, ready)))
                .isFalse();
        assertThat(covers(
                        "ZJ-SMALL",
                        motorClaim(
                                "330106",
                                Zone.URBAN,
                                Money.yuan("800"),
                                false,
                                Set.of(Fact.LIABILITY_CLEAR, Fact.DOCUMENTS_COMPLETE))))
                .isFalse();
    }

    @Test
    void theAgreementLimitIncludesTwoHundredThousandYuan() {
        Set<Fact> ready = Set.of(Fact.LIABILITY_CLEAR, Fact.DOCUMENTS_COMPLETE);

        assertThat(covers("ZJ-AGREE", motorClaim("330106", Zone.URBAN, Money.yuan("200000"), true, ready)))
                .isTrue();
        assertThat(covers("ZJ-AGREE", motorClaim("330106", Zone.URBAN, Money.yuan("200001"), true, ready)))
                .isFalse();
    }

    @Test
    void onlyRelayedComplaintsOweFeedbackToTheRegulatorOrAssociation() {
        Case relayed = new Case(
                CaseType.COMPLAINT, CaseFacts.of(ProductLine.MOTOR).withChannel(Channel.REGULATOR_RELAYED), "330106");
        Case direct =
                new Case(CaseType.COMPLAINT, CaseFacts.of(ProductLine.MOTOR).withChannel(Channel.HOTLINE), "330106");

        assertThat(covers("ZJ-COMPLAINT-RELAYED", relayed)).isTrue();
        assertThat(covers("ZJ-COMPLAINT-RELAYED", direct)).isFalse();
        assertThat(covers("ZJ-COMPLAINT", direct)).isTrue();
        assertThat(covers("CPL-18", direct)).isTrue();
    }

    @Test
    void aRuralHousingClaimInTheCountyTownOfHuzhuGetsHalfAnHour() {
        Case claim =
                new Case(CaseType.CLAIM, CaseFacts.of(ProductLine.RURAL_HOUSING).withZone(Zone.COUNTY_TOWN), "630223");

        assertThat(covers("HZ-ARRIVE-TOWN", claim)).isTrue();
        assertThat(covers("HZ-ARRIVE-COUNTY", claim)).isFalse();
        assertThat(covers("ZJ-DISPATCH", claim)).isFalse();
    }

    /** A case as the binding rule sees it: its type, its facts and the division of the unit answering for it. */
    private record Case(CaseType type, CaseFacts facts, String ownerDivision) {}

    private static boolean covers(String code, Case c) {
        return CATALOG.get(code).appliesTo().covers(c.type(), c.facts(), c.ownerDivision());
    }

    private static Case motorClaim(String division, Zone zone, Money amount, boolean injuries, Set<Fact> facts) {
        return new Case(CaseType.CLAIM, motor(zone, amount, injuries, facts), division);
    }

    private static CaseFacts motor(Zone zone, Money amount, boolean injuries, Set<Fact> facts) {
        return new CaseFacts(
                ProductLine.MOTOR, null, amount, injuries, zone, Channel.HOTLINE, false, facts, java.util.Map.of());
    }
}
