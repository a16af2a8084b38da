package io.shixiao.servicelevel.standard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.CaseProfile;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.Deadline;
import io.shixiao.servicelevel.calendar.PeriodArithmetic;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ServiceStandardsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ServiceStandards standards;

    @Autowired
    CalendarRegistry calendars;

    @Test
    void aSavedReportStartsTheDispatchAndArrivalClocksOfClaims() {
        assertThat(standards.startedBy(Milestone.CLAIM_REPORTED, CaseType.CLAIM, DAY))
                .extracting(ServiceStandard::code)
                .containsExactlyInAnyOrder("ZJ-DISPATCH", "ZJ-PROXY", "HZ-ARRIVE-TOWN", "HZ-ARRIVE-COUNTY");
    }

    @Test
    void aSavedUrbanMotorReportInHangzhouStartsDispatchOnly() {
        CaseProfile claim =
                new CaseProfile(CaseType.CLAIM, "MOTOR", "330106", null, false, "URBAN", "HOTLINE", false, Set.of());

        assertThat(standards.startedFor(Milestone.CLAIM_REPORTED, claim, DAY))
                .extracting(ServiceStandard::code)
                .containsExactly("ZJ-DISPATCH");
        assertThat(standards.startedFor(Milestone.SURVEYOR_DISPATCHED, claim, DAY))
                .extracting(ServiceStandard::code)
                .containsExactlyInAnyOrder("ZJ-CONTACT", "ZJ-ARRIVE-URBAN");
    }

    @Test
    void aComplaintStartsTheRegulationsAssociationsAndContractsClocks() {
        assertThat(standards.startedBy(Milestone.COMPLAINT_RECEIVED, CaseType.COMPLAINT, DAY))
                .extracting(ServiceStandard::code)
                .contains(
                        "CPL-18",
                        "ZJ-COMPLAINT",
                        "ZJ-COMPLAINT-RELAYED",
                        "AGR-COMPLAINT",
                        "AGR-COMPLAINT-RESULT",
                        "HZ-COMPLAINT",
                        "HZ-COMPLAINT-RESULT")
                .doesNotContain("CPL-20");
    }

    @Test
    void theArrivalOfTheMissingDocumentsNoticeConcernsTheDecisionClock() {
        assertThat(standards.affectedBy(Milestone.MISSING_DOCUMENTS_NOTICE_RECEIVED, DAY))
                .extracting(ServiceStandard::code)
                .containsExactly("LAW-23-DECIDE");
        assertThat(standards.affectedBy(Milestone.MISSING_DOCUMENTS_NOTICE_SENT, DAY))
                .extracting(ServiceStandard::code)
                .containsExactly("LAW-22");
    }

    @Test
    void theComplaintsRegulationDoesNotBindBeforeItCameIntoForce() {
        assertThat(standards.byCode("CPL-18", LocalDate.of(2020, 2, 29))).isEmpty();
        assertThat(standards.byCode("CPL-18", LocalDate.of(2020, 3, 1))).isPresent();
        assertThat(standards.effectiveOn(LocalDate.of(2012, 1, 1)))
                .extracting(ServiceStandard::code)
                .allMatch(code -> code.startsWith("ZJ-"));
    }

    @Test
    void severalStandardsBindOnePaymentStep() {
        assertThat(standards.bindingStep("CLAIM_PAYMENT", DAY))
                .extracting(ServiceStandard::code)
                .containsExactlyInAnyOrder("LAW-23-PAY", "ZJ-SMALL", "ZJ-PAY", "AGR-PAY", "HZ-PAY");
    }

    @Test
    void aComplaintLimitEndingInTheNationalDayHolidayRollsToTheFirstWorkingDay() {
        // 投诉办法: 15 natural days from 2025-09-20 end on 10-05, a holiday; 民法典第二百零三条 moves it to 10-09.
        assertThat(lastDay("CPL-18", LocalDateTime.of(2025, 9, 20, 10, 0))).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(lastDay("CPL-18", LocalDateTime.of(2025, 9, 25, 10, 0))).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void zhejiangWorkingDaysSkipTheHolidayAndCountTheAdjustedSaturday() {
        // 10 working days after 2025-09-30: 10-09, 10-10, 10-11 (调休上班), 10-13 … 10-21.
        assertThat(lastDay("ZJ-AGREE", LocalDateTime.of(2025, 9, 30, 16, 0))).isEqualTo(LocalDate.of(2025, 10, 21));
    }

    private LocalDate lastDay(String code, LocalDateTime event) {
        ServiceStandard standard = standards.byCode(code, event.toLocalDate()).orElseThrow();
        PeriodSpec period = standards.resolvePeriod(standard, null).orElseThrow();
        Deadline deadline = PeriodArithmetic.deadline(
                calendars.get(period.calendar()),
                event.atZone(ShanghaiTime.ZONE),
                period.amount(),
                period.unit(),
                period.rules());
        return deadline.lastDay();
    }

    @Test
    void aFixedPeriodResolvesToItselfWhateverTheParty() {
        ServiceStandard law = standards.byCode("LAW-23-PAY").orElseThrow();

        assertThat(standards.resolvePeriod(law, ContractParty.insurer(1))).contains(law.period());
        assertThat(standards.resolvePeriod(law, null)).contains(law.period());
    }

    @Test
    void aCountRuleHasNoPeriod() {
        assertThat(standards.resolvePeriod(standards.byCode("HZ-HOTLINE").orElseThrow(), ContractParty.scheme(1)))
                .isEmpty();
    }

    @Test
    void anAgreementBlankFallsBackToItsExampleForASchemeOrNoParty() {
        ServiceStandard consult = standards.byCode("AGR-CONSULT").orElseThrow();

        assertThat(standards.resolvePeriod(consult, null).map(PeriodSpec::amount))
                .contains(10L);
        assertThat(standards.resolvePeriod(consult, ContractParty.scheme(1)).map(PeriodSpec::amount))
                .contains(10L);
    }
}
