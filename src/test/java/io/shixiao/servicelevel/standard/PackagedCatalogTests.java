package io.shixiao.servicelevel.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackagedCatalogTests {

    private static final Catalog CATALOG = new CatalogLoader().load(CatalogFixtures.packagedCatalog());
    private static final Map<String, ServiceStandard> BY_CODE =
            CATALOG.standards().stream().collect(Collectors.toMap(ServiceStandard::code, Function.identity()));

    // The codes of the DESIGN §3 catalog table; ZJ-ARRIVE and HZ-ARRIVE are split by zone.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "LAW-22",
                "LAW-23-DECIDE",
                "LAW-23-PAY",
                "LAW-24",
                "LAW-25",
                "CPL-18",
                "CPL-20",
                "ZJ-DISPATCH",
                "ZJ-CONTACT",
                "ZJ-ARRIVE-URBAN",
                "ZJ-ARRIVE-OUTSIDE",
                "ZJ-PROXY",
                "ZJ-AGREE",
                "ZJ-SMALL",
                "ZJ-PAY",
                "ZJ-DENY",
                "ZJ-DELIVER",
                "ZJ-COMPLAINT",
                "ZJ-COMPLAINT-RELAYED",
                "AGR-CONSULT",
                "AGR-RENEW",
                "AGR-REPORT",
                "AGR-REVIEW",
                "AGR-REVIEW-COMPLEX",
                "AGR-PAY",
                "AGR-COMPLAINT",
                "AGR-COMPLAINT-RESULT",
                "HZ-ARRIVE-TOWN",
                "HZ-ARRIVE-COUNTY",
                "HZ-HOTLINE",
                "HZ-REVIEW",
                "HZ-PAY",
                "HZ-COMPLAINT",
                "HZ-COMPLAINT-RESULT"
            })
    void everyDesignRowIsInThePackagedCatalogWithAVerbatimQuote(String code) {
        ServiceStandard standard = BY_CODE.get(code);

        assertThat(standard).as(code).isNotNull();
        assertThat(standard.source().quote()).isNotBlank();
        String sources = CatalogFixtures.sourceTexts();
        assertThat(standard.source().passages())
                .allSatisfy(passage -> assertThat(sources).contains(passage));
    }

    @Test
    void complaintDaysAreNaturalDaysOnTheStatutoryCalendarWithTheRestDayRoll() {
        PeriodSpec period = BY_CODE.get("CPL-18").period();

        assertThat(period.unit()).isEqualTo(PeriodUnit.CALENDAR_DAYS);
        assertThat(period.calendar()).isEqualTo("CN");
        assertThat(period.rollRestDay()).isTrue();
        assertThat(BY_CODE.get("CPL-18").extension().steps())
                .extracting(ExtensionPolicy.Step::amount)
                .containsExactly(15L, 30L);
        assertThat(BY_CODE.get("CPL-18").extension().steps().get(1).customerNoticeRequired())
                .isTrue();
    }

    @Test
    void zhejiangWorkingDaysCountOnTheStatutoryCalendarAndMinutesRoundTheClock() {
        assertThat(BY_CODE.get("ZJ-AGREE").period().unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(BY_CODE.get("ZJ-AGREE").period().calendar()).isEqualTo("CN");
        assertThat(BY_CODE.get("ZJ-DISPATCH").period().calendar()).isEqualTo("24x7");
        assertThat(BY_CODE.get("ZJ-ARRIVE-URBAN").appliesTo().zoneKinds()).containsExactly("URBAN");
        assertThat(BY_CODE.get("ZJ-ARRIVE-OUTSIDE").period().amount()).isEqualTo(1);
        assertThat(BY_CODE.get("ZJ-ARRIVE-OUTSIDE").period().unit()).isEqualTo(PeriodUnit.HOURS);
    }

    @Test
    void theZhejiangNormLeavesOutNingbo() {
        Applicability zhejiang = BY_CODE.get("ZJ-PAY").appliesTo();

        assertThat(zhejiang.coversRegion("330106")).isTrue();
        assertThat(zhejiang.coversRegion("330203")).isFalse();
        assertThat(zhejiang.coversRegion("410100")).isFalse();
    }

    @Test
    void theLawsPausesAndRestartsAreEncoded() {
        assertThat(BY_CODE.get("LAW-23-DECIDE").milestones().pause())
                .containsExactly("MISSING_DOCUMENTS_NOTICE_RECEIVED");
        assertThat(BY_CODE.get("LAW-23-DECIDE").milestones().resume())
                .containsExactly("SUPPLEMENTARY_DOCUMENTS_RECEIVED");
        assertThat(BY_CODE.get("CPL-18").milestones().restart()).containsExactly("COMPLAINT_NEW_FACTS");
        assertThat(BY_CODE.get("CPL-18").milestones().cancel()).containsExactly("COMPLAINT_WITHDRAWN");
    }

    @Test
    void countRulesCarryTheirLimitInsteadOfAPeriod() {
        assertThat(BY_CODE.get("LAW-22").countLimit()).isEqualTo(new CountLimit("MISSING_DOCUMENTS_NOTICE_SENT", 1));
        assertThat(BY_CODE.get("HZ-HOTLINE").countLimit()).isEqualTo(new CountLimit("HOTLINE_RING", 3));
        assertThat(BY_CODE.get("HZ-HOTLINE").period()).isNull();
    }

    @Test
    void severalStandardsBindTheClaimPaymentStep() {
        List<String> payment = CATALOG.standards().stream()
                .filter(s -> s.bindsStep().equals("CLAIM_PAYMENT"))
                .map(ServiceStandard::code)
                .toList();

        assertThat(payment).contains("LAW-23-PAY", "ZJ-PAY", "ZJ-SMALL", "AGR-PAY", "HZ-PAY");
    }

    @Test
    void theContractBlanksAreParametersWithTheDocumentsExampleAsDefault() {
        Map<String, ContractParameterDefinition> parameters = CATALOG.parameters().stream()
                .collect(Collectors.toMap(ContractParameterDefinition::name, Function.identity()));

        assertThat(parameters.get("agreement.consultation-response").defaultAmount())
                .isEqualTo(10);
        assertThat(parameters.get("agreement.consultation-response").ownerType())
                .isEqualTo("INSURER");
        assertThat(parameters.get("agreement.complaint-result").defaultAmount()).isEqualTo(30);
        assertThat(parameters.get("bid.claim-review").hasDefault()).isFalse();
        assertThat(parameters.get("bid.claim-review").ownerType()).isEqualTo("SCHEME");
        assertThat(parameters)
                .containsKeys("bid.claim-payment", "bid.complaint-first-response", "bid.complaint-result");
    }
}
