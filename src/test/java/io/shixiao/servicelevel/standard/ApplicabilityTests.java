package io.shixiao.servicelevel.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.CaseProfile;
import io.shixiao.servicelevel.CaseType;
import java.math.BigDecimal;
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
        CaseProfile claim = motorClaim("330106", "URBAN", new BigDecimal("5000"), false, Set.of());

        assertThat(covers("ZJ-ARRIVE-URBAN", claim)).isTrue();
        assertThat(covers("ZJ-ARRIVE-OUTSIDE", claim)).isFalse();
        assertThat(covers("HZ-ARRIVE-TOWN", claim)).isFalse();
    }

    @Test
    void ningboIsOutsideTheZhejiangNorm() {
        assertThat(covers("ZJ-ARRIVE-URBAN", motorClaim("330203", "URBAN", null, false, Set.of())))
                .isFalse();
    }

    @Test
    void aClaimWithoutAKnownZoneStartsNoZoneBoundArrivalClock() {
        CaseProfile claim = motorClaim("330106", null, null, false, Set.of());

        assertThat(covers("ZJ-ARRIVE-URBAN", claim)).isFalse();
        assertThat(covers("ZJ-ARRIVE-OUTSIDE", claim)).isFalse();
        assertThat(covers("ZJ-DISPATCH", claim)).isTrue();
    }

    @Test
    void theSmallClaimRuleIncludesTwoThousandYuanAndNeedsNoInjuriesAndAnAgreedLoss() {
        Set<String> ready = Set.of("LIABILITY_CLEAR", "DOCUMENTS_COMPLETE", "LOSS_AGREED");

        assertThat(covers("ZJ-SMALL", motorClaim("330106", "URBAN", new BigDecimal("2000"), false, ready)))
                .isTrue();
        assertThat(covers("ZJ-SMALL", motorClaim("330106", "URBAN", new BigDecimal("2000.01"), false, ready)))
                .isFalse();
        assertThat(covers("ZJ-SMALL", motorClaim("330106", "URBAN", new BigDecimal("800"), true, ready)))
                .isFalse();
        assertThat(covers(
                        "ZJ-SMALL",
                        motorClaim(
                                "330106",
                                "URBAN",
                                new BigDecimal("800"),
                                false,
                                Set.of("LIABILITY_CLEAR", "DOCUMENTS_COMPLETE"))))
                .isFalse();
    }

    @Test
    void theAgreementLimitIncludesTwoHundredThousandYuan() {
        Set<String> ready = Set.of("LIABILITY_CLEAR", "DOCUMENTS_COMPLETE");

        assertThat(covers("ZJ-AGREE", motorClaim("330106", "URBAN", new BigDecimal("200000"), true, ready)))
                .isTrue();
        assertThat(covers("ZJ-AGREE", motorClaim("330106", "URBAN", new BigDecimal("200001"), true, ready)))
                .isFalse();
    }

    @Test
    void onlyRelayedComplaintsOweFeedbackToTheRegulatorOrAssociation() {
        CaseProfile relayed = new CaseProfile(
                CaseType.COMPLAINT, "MOTOR", "330106", null, null, null, "REGULATOR_RELAYED", false, Set.of());
        CaseProfile direct =
                new CaseProfile(CaseType.COMPLAINT, "MOTOR", "330106", null, null, null, "HOTLINE", false, Set.of());

        assertThat(covers("ZJ-COMPLAINT-RELAYED", relayed)).isTrue();
        assertThat(covers("ZJ-COMPLAINT-RELAYED", direct)).isFalse();
        assertThat(covers("ZJ-COMPLAINT", direct)).isTrue();
        assertThat(covers("CPL-18", direct)).isTrue();
    }

    @Test
    void aRuralHousingClaimInTheCountyTownOfHuzhuGetsHalfAnHour() {
        CaseProfile claim = new CaseProfile(
                CaseType.CLAIM, "RURAL_HOUSING", "630223100", null, null, "COUNTY_TOWN", null, false, Set.of());

        assertThat(covers("HZ-ARRIVE-TOWN", claim)).isTrue();
        assertThat(covers("HZ-ARRIVE-COUNTY", claim)).isFalse();
        assertThat(covers("ZJ-DISPATCH", claim)).isFalse();
    }

    private static boolean covers(String code, CaseProfile profile) {
        return CATALOG.get(code).appliesTo().covers(profile);
    }

    private static CaseProfile motorClaim(
            String division, String zone, BigDecimal amount, boolean injuries, Set<String> facts) {
        return new CaseProfile(CaseType.CLAIM, "MOTOR", division, amount, injuries, zone, "HOTLINE", false, facts);
    }
}
