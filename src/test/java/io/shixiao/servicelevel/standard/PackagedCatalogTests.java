package io.shixiao.servicelevel.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.Zone;
import io.shixiao.servicelevel.calendar.PausedDays;
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

    // The codes of the DESIGN §3 catalog table (ZJ-ARRIVE and HZ-ARRIVE split by zone), the hard limits
    // seed-time-limits §3.1 found missing (Z14, Z31, Z35, Z42, H25, H26) and the immediacy duties.
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
                "HZ-COMPLAINT-RESULT",
                "HZ-REPORT-RESPONSE",
                "HZ-CALLBACK",
                "ZJ-POLICY-TERM",
                "ZJ-ENDORSE-ONCE",
                "ZJ-ASSESS-REVIEW",
                "ZJ-APPROVE-AGREE",
                "TGT-REPORT-REGISTER",
                "TGT-DISPATCH",
                "TGT-SURVEY",
                "TGT-MISSING-DOCS-NOTICE",
                "TGT-DECISION-NOTICE",
                "TGT-COMPLAINT-REGISTER",
                "TGT-COMPLAINT-ASSIGN",
                "TGT-UNDERWRITING",
                "TGT-CLAIM-CONSULT"
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
    void complaintDaysAreNaturalDaysOnTheStatutoryCalendarWithoutARestDayRoll() {
        PeriodSpec period = BY_CODE.get("CPL-18").period();

        assertThat(period.unit()).isEqualTo(PeriodUnit.CALENDAR_DAYS);
        assertThat(period.calendar()).isEqualTo("CN");
        // 投诉办法第四十三条 adopts the natural day, not 民法典第二百零三条 (seed-time-limits D9).
        assertThat(period.rollRestDay()).isFalse();
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
        assertThat(BY_CODE.get("ZJ-ARRIVE-URBAN").appliesTo().zones()).containsExactly(Zone.URBAN);
        assertThat(BY_CODE.get("ZJ-ARRIVE-OUTSIDE").period().amount()).isEqualTo(1);
        assertThat(BY_CODE.get("ZJ-ARRIVE-OUTSIDE").period().unit()).isEqualTo(PeriodUnit.HOURS);
    }

    @Test
    void theZhejiangNormLeavesOutBranchesInNingbo() {
        Applicability zhejiang = BY_CODE.get("ZJ-PAY").appliesTo();

        assertThat(zhejiang.coversRegion("330106")).isTrue();
        assertThat(zhejiang.coversRegion("330203")).isFalse();
        assertThat(zhejiang.coversRegion("410100")).isFalse();
    }

    @Test
    void theLawsPausesAndRestartsAreEncoded() {
        assertThat(BY_CODE.get("LAW-23-DECIDE").milestones().pause())
                .containsExactly(Milestone.MISSING_DOCUMENTS_NOTICE_RECEIVED);
        assertThat(BY_CODE.get("LAW-23-DECIDE").milestones().resume())
                .containsExactly(Milestone.SUPPLEMENTARY_DOCUMENTS_RECEIVED);
        assertThat(BY_CODE.get("CPL-18").milestones().restart()).containsExactly(Milestone.COMPLAINT_NEW_FACTS);
        assertThat(BY_CODE.get("CPL-18").milestones().cancel()).containsExactly(Milestone.COMPLAINT_WITHDRAWN);
        assertThat(BY_CODE.get("CPL-18").milestones().factsRequiredBy(Milestone.APPRAISAL_STARTED))
                .containsExactly(Fact.COMPLAINANT_NOTIFIED);
    }

    @Test
    void aPauseLeavesOutBothEndDaysOnlyWhereItsTextSaysSoAndTheReadingIsWrittenBesideTheOthers() {
        // 司法解释二第十五条 "自…之日起至…之日止": the claims' document pauses.
        assertThat(BY_CODE.get("LAW-23-DECIDE").period().pausedDays()).isEqualTo(PausedDays.BOTH_END_DAYS);
        assertThat(BY_CODE.get("ZJ-AGREE").period().pausedDays()).isEqualTo(PausedDays.BOTH_END_DAYS);
        // 投诉办法第十八条第二款、第二十三条 name no end days: the earlier-warning reading, with its reason in the note.
        for (ServiceStandard standard : CATALOG.standards()) {
            boolean appraisalOrMediation = standard.milestones().pause().stream()
                    .anyMatch(m -> m.name().startsWith("APPRAISAL_") || m.name().startsWith("MEDIATION_"));
            if (appraisalOrMediation) {
                assertThat(standard.period().pausedDays()).as(standard.code()).isEqualTo(PausedDays.DAYS_BETWEEN);
                assertThat(standard.note()).as(standard.code()).contains("pausedDays: DAYS_BETWEEN");
            }
        }
        assertThat(BY_CODE.get("CPL-18").period().pausedDays()).isEqualTo(PausedDays.DAYS_BETWEEN);
    }

    @Test
    void countRulesCarryTheirLimitInsteadOfAPeriod() {
        assertThat(BY_CODE.get("LAW-22").countLimit())
                .isEqualTo(new CountLimit(Milestone.MISSING_DOCUMENTS_NOTICE_SENT, 1, CountLimit.Beyond.NEEDS_REASON));
        assertThat(BY_CODE.get("HZ-HOTLINE").countLimit())
                .isEqualTo(new CountLimit(Milestone.HOTLINE_RING, 3, CountLimit.Beyond.BREACH));
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
    void theContractBlanksAreParametersWhoseExampleIsKeptOnlyAsAHint() {
        Map<String, ContractParameterDefinition> parameters = CATALOG.parameters().stream()
                .collect(Collectors.toMap(ContractParameterDefinition::name, Function.identity()));

        assertThat(parameters.get("agreement.consultation-response").exampleAmount())
                .isEqualTo(10);
        assertThat(parameters.get("agreement.consultation-response").ownerType())
                .isEqualTo(ContractParty.Type.INSURER);
        assertThat(parameters.get("agreement.consultation-response").unitOpen()).isFalse();
        assertThat(parameters.get("agreement.complaint-result").exampleAmount()).isEqualTo(30);
        assertThat(parameters.get("bid.claim-review").exampleAmount()).isZero();
        assertThat(parameters.get("bid.claim-review").ownerType()).isEqualTo(ContractParty.Type.SCHEME);
        assertThat(parameters.get("company.assessment-review").unitOpen()).isTrue();
        assertThat(parameters)
                .containsKeys("bid.claim-payment", "bid.complaint-first-response", "bid.complaint-result");
    }
}
