package io.shixiao.servicelevel.clock;

import static io.shixiao.servicelevel.clock.ClockFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.standard.Applicability;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardBindingTests {

    /** 浙江规范第七章 2.7.2: under 2,000 yuan, no injury, in 浙江 — 小额快赔. */
    private static ServiceStandard smallClaim() {
        ServiceStandard base = ClockFixtures.agreeWithinTenWorkingDays();
        Applicability small = new Applicability(
                "CLAIM",
                Set.of("MOTOR"),
                Set.of("33"),
                Set.of(),
                null,
                new BigDecimal("2000"),
                false,
                false,
                Set.of(),
                Set.of(),
                null,
                Set.of());
        return withApplicability(base, "ZJ-SMALL", small, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private static ServiceStandard withApplicability(
            ServiceStandard base, String code, Applicability applicability, LocalDate from, LocalDate to) {
        return new ServiceStandard(
                code,
                code,
                base.kind(),
                code,
                base.source(),
                applicability,
                base.milestones(),
                base.period(),
                base.direction(),
                base.countLimit(),
                base.warnings(),
                base.escalationRoles(),
                base.extension(),
                base.remedies(),
                base.remedy(),
                base.note(),
                from,
                to);
    }

    private static MilestoneReported claim(String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return new MilestoneReported("CLAIM", "C", "CLAIM_DOCUMENTS_RECEIVED", at("2026-03-02T10:00:00"), map);
    }

    @ParameterizedTest(name = "amount {0}, injuries {1}, region {2}, product {3} → {4}")
    @CsvSource({
        "1999.99, false, 330100, MOTOR, true",
        "2000, false, 330100, MOTOR, false",
        "500, true, 330100, MOTOR, false",
        "500, false, 410100, MOTOR, false",
        "500, false, 330100, RURAL_HOUSING, false",
    })
    void aSmallClaimStandardBindsOnlyCasesInsideAllItsConditions(
            String amount, String injuries, String region, String product, boolean binds) {
        assertThat(StandardBinding.binds(
                        smallClaim(),
                        claim(
                                MilestoneReported.AMOUNT,
                                amount,
                                MilestoneReported.INJURIES,
                                injuries,
                                MilestoneReported.REGION,
                                region,
                                MilestoneReported.PRODUCT_LINE,
                                product)))
                .isEqualTo(binds);
    }

    @Test
    void aConditionOnAFactTheMilestoneDoesNotCarryDoesNotBind() {
        assertThat(StandardBinding.binds(
                        smallClaim(),
                        claim(
                                MilestoneReported.AMOUNT,
                                "500",
                                MilestoneReported.REGION,
                                "330100",
                                MilestoneReported.PRODUCT_LINE,
                                "MOTOR")))
                .isFalse();
    }

    @Test
    void aStandardDoesNotBindAfterItsLastEffectiveDay() {
        MilestoneReported later = new MilestoneReported(
                "CLAIM",
                "C",
                "CLAIM_DOCUMENTS_RECEIVED",
                at("2027-01-01T10:00:00"),
                Map.of(
                        MilestoneReported.AMOUNT,
                        "500",
                        MilestoneReported.INJURIES,
                        "false",
                        MilestoneReported.REGION,
                        "330100",
                        MilestoneReported.PRODUCT_LINE,
                        "MOTOR"));
        assertThat(StandardBinding.binds(smallClaim(), later)).isFalse();
    }

    @Test
    void theUpperBoundOfABandIsIncludedWhereTheStandardSaysSo() {
        // 浙江规范第七章 2.7.1: 20万以下(含20万).
        assertThat(StandardBinding.binds(
                        ClockFixtures.agreeWithinTenWorkingDays(),
                        claim(MilestoneReported.AMOUNT, "200000", MilestoneReported.REGION, "33")))
                .isTrue();
    }

    @Test
    void aCatastropheOnlyStandardIgnoresOrdinaryCases() {
        ServiceStandard base = ClockFixtures.dispatchWithinFiveMinutes();
        ServiceStandard greenChannel = withApplicability(
                base,
                "CAT",
                new Applicability(
                        "CLAIM",
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        false,
                        null,
                        Set.of("URBAN"),
                        Set.of("HOTLINE"),
                        true,
                        Set.of()),
                base.effectiveFrom(),
                null);
        assertThat(StandardBinding.binds(
                        greenChannel,
                        claim(
                                MilestoneReported.CATASTROPHE,
                                "true",
                                MilestoneReported.ZONE_KIND,
                                "URBAN",
                                MilestoneReported.CHANNEL,
                                "HOTLINE")))
                .isTrue();
        assertThat(StandardBinding.binds(
                        greenChannel,
                        claim(
                                MilestoneReported.CATASTROPHE,
                                "false",
                                MilestoneReported.ZONE_KIND,
                                "URBAN",
                                MilestoneReported.CHANNEL,
                                "HOTLINE")))
                .isFalse();
        assertThat(StandardBinding.binds(
                        greenChannel,
                        claim(
                                MilestoneReported.CATASTROPHE,
                                "true",
                                MilestoneReported.ZONE_KIND,
                                "OUTSIDE_URBAN",
                                MilestoneReported.CHANNEL,
                                "HOTLINE")))
                .isFalse();
    }
}
