package io.shixiao.servicelevel.clock;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.PolicyTerm;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.servicelevel.ServiceCountExceeded;
import io.shixiao.servicelevel.ServiceDeadlineApproaching;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.Zone;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine on the packaged catalog, the demo organisation and the statutory calendar: what each
 * kind of standard does when modules report milestones in process, and what the engine refuses.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class ClockEngineTests {

    @Autowired
    ServiceClocks engine;

    @Autowired
    ServiceContracts contracts;

    @Autowired
    ContractParameterAdministration parameters;

    @Autowired
    BreachSweep breachSweep;

    @Autowired
    WarningSweep warningSweep;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transaction;

    private static final ContractParameterAdministration.Editor ADMIN =
            new ContractParameterAdministration.Editor(true, false, null, false);

    private OrgUnitView anlanXihu;
    private OrgUnitView hengtaiXihu;
    private OrgUnitView anlanHuzhu;

    @BeforeEach
    void demoUnitsAndAFixedClock() {
        clock.set(at("2026-03-02T09:00:00"));
        anlanXihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        hengtaiXihu = organization.unitByCode("HENGTAI-ZJ-HZ-XH").orElseThrow();
        anlanHuzhu = organization.unitByCode("ANLAN-QH-HZ").orElseThrow();
    }

    private static CaseRef claim(OrgUnitView unit) {
        return new CaseRef(CaseType.CLAIM, unit.insurerId(), "E-" + UUID.randomUUID());
    }

    private static CaseFacts motor() {
        return CaseFacts.of(ProductLine.MOTOR)
                .withSite(DivisionCode.of("330106"))
                .withInjuries(false);
    }

    private MilestoneOutcome report(CaseRef ref, Milestone milestone, String at, OrgUnitView unit, CaseFacts facts) {
        return engine.report(ReportMilestone.of(ref, milestone, at(at), CaseOwner.unit(unit.id()), facts));
    }

    private List<String> codes(CaseRef ref) {
        return engine.clocksOf(ref).stream().map(ClockView::standardCode).toList();
    }

    private ClockView clockOf(CaseRef ref, String code) {
        return engine.clocksOf(ref).stream()
                .filter(c -> c.standardCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " did not start on " + ref + ": " + codes(ref)));
    }

    // ---- binding ----

    @Test
    void aSavedUrbanMotorReportInHangzhouStartsTheDispatchAndThirtyMinuteArrivalClocks() {
        CaseRef ref = claim(anlanXihu);
        report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor().withZone(Zone.URBAN));

        assertThat(codes(ref)).containsExactlyInAnyOrder("ZJ-DISPATCH", "ZJ-ARRIVE-URBAN");
        // 浙江规范第七章 2.2.2: 5 minutes; 2.3.9: 30 minutes in the urban area, counted from the saved report (D10).
        assertThat(clockOf(ref, "ZJ-DISPATCH").deadline()).isEqualTo(at("2026-03-02T09:05:00"));
        assertThat(clockOf(ref, "ZJ-ARRIVE-URBAN").deadline()).isEqualTo(at("2026-03-02T09:30:00"));
    }

    @Test
    void aClaimWithoutAKnownZoneStartsNoArrivalClockAndNoSiteSurveyCancelsOne() {
        CaseRef unknown = claim(anlanXihu);
        report(unknown, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor());
        assertThat(codes(unknown)).containsExactly("ZJ-DISPATCH");

        CaseRef remote = claim(anlanXihu);
        report(
                remote,
                Milestone.CLAIM_REPORTED,
                "2026-03-02T09:00:00",
                anlanXihu,
                motor().withZone(Zone.OUTSIDE_URBAN));
        clock.set(at("2026-03-02T09:02:00"));
        report(remote, Milestone.NO_SITE_SURVEY, "2026-03-02T09:02:00", anlanXihu, motor());
        assertThat(clockOf(remote, "ZJ-ARRIVE-OUTSIDE").state()).isEqualTo(ClockState.CANCELLED);
    }

    @Test
    void anOutOfProvinceAccidentOfAZhejiangBranchGetsTheTwoHourProxySurveyClock() {
        CaseRef ref = claim(anlanXihu);
        // The site lies in 甘肃; the branch answering for the case is in 浙江, whose norm binds it (D12).
        report(
                ref,
                Milestone.CLAIM_REPORTED,
                "2026-03-02T09:00:00",
                anlanXihu,
                CaseFacts.of(ProductLine.MOTOR)
                        .withSite(DivisionCode.of("621202"))
                        .withZone(Zone.OUT_OF_PROVINCE));
        assertThat(clockOf(ref, "ZJ-PROXY").deadline()).isEqualTo(at("2026-03-02T11:00:00"));
        assertThat(clockOf(ref, "ZJ-PROXY").step()).isEqualTo("PROXY_SURVEY");
    }

    @Test
    void agreementClocksRunOnlyForAnInsurerWithTheAgreementInForce() {
        ensureAnlanHasTheAgreement();
        CaseRef anlan = claim(anlanXihu);
        CaseRef hengtai = claim(hengtaiXihu);
        report(anlan, Milestone.CLAIM_APPLICATION_RECEIVED, "2026-03-02T09:00:00", anlanXihu, motor());
        report(hengtai, Milestone.CLAIM_APPLICATION_RECEIVED, "2026-03-02T09:00:00", hengtaiXihu, motor());

        assertThat(codes(anlan)).contains("AGR-REVIEW");
        assertThat(codes(hengtai)).doesNotContain("AGR-REVIEW").contains("LAW-23-DECIDE", "LAW-25");
    }

    @Test
    void aSchemeBlankStartsAClockOnlyOnceTheSchemeHasSetItAndOnlyWhileItsContractIsInForce() {
        long scheme = newScheme();
        CaseFacts house = CaseFacts.of(ProductLine.RURAL_HOUSING).withSite(DivisionCode.of("630223"));
        CaseRef before = claim(anlanHuzhu);
        engine.report(ReportMilestone.of(
                before, Milestone.DOCUMENTS_COMPLETE, at("2026-03-02T09:00:00"), inScheme(scheme), house));
        assertThat(codes(before)).doesNotContain("HZ-REVIEW");

        parameters.set(ContractParty.scheme(scheme), "bid.claim-review", 7, null, null, ADMIN, "test");
        CaseRef after = claim(anlanHuzhu);
        engine.report(ReportMilestone.of(
                after, Milestone.DOCUMENTS_COMPLETE, at("2026-03-02T09:00:00"), inScheme(scheme), house));
        // XXX个工作日 set to 7: from Monday 2 March, 7 working days end Wednesday 11 March.
        assertThat(clockOf(after, "HZ-REVIEW").deadline()).isEqualTo(at("2026-03-12T00:00:00"));

        CaseRef outsideTheScheme = claim(anlanHuzhu);
        engine.report(ReportMilestone.of(
                outsideTheScheme,
                Milestone.DOCUMENTS_COMPLETE,
                at("2026-03-02T09:00:00"),
                CaseOwner.unit(anlanHuzhu.id()),
                house));
        assertThat(codes(outsideTheScheme)).doesNotContain("HZ-REVIEW");
    }

    @Test
    void aSchemeBlankTakesTheNumberButNotAnotherUnitThanTheTextFixes() {
        long scheme = newScheme();
        assertThatThrownBy(() -> parameters.set(
                        ContractParty.scheme(scheme), "bid.claim-review", 7, "CALENDAR_DAYS", null, ADMIN, "test"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unit");
    }

    @Test
    void aCountedBackRenewalReminderIsDueThirtyDaysBeforeExpiryAndBreachesAfterIt() {
        ensureAnlanHasTheAgreement();
        CaseRef policy = new CaseRef(CaseType.POLICY, anlanXihu.insurerId(), "P-" + UUID.randomUUID());
        // 保险期间至2026年6月30日二十四时: reported when the policy is issued, with the expiry as its instant.
        engine.report(ReportMilestone.of(
                policy,
                Milestone.POLICY_EXPIRY_DUE,
                at("2026-07-01T00:00:00"),
                CaseOwner.unit(anlanXihu.id()),
                CaseFacts.of(ProductLine.MOTOR)));
        ClockView renewal = clockOf(policy, "AGR-RENEW");
        // 续保提醒在保单到期前[例如:30]天完成: 30 days before 30 June is 31 May, due by its end.
        assertThat(renewal.deadline()).isEqualTo(at("2026-06-01T00:00:00"));
        assertThat(renewal.startedAt()).isEqualTo(at("2026-03-02T09:00:00"));

        clock.set(at("2026-06-01T00:00:01"));
        breachSweep.sweep();
        assertThat(clockOf(policy, "AGR-RENEW").state()).isEqualTo(ClockState.BREACHED);
    }

    // ---- count rules ----

    @Test
    void aFourthRingBreaksTheHotlineCountOnceAndIsEscalated() {
        long scheme = newScheme();
        CaseRef call = new CaseRef(CaseType.HOTLINE_CALL, anlanHuzhu.insurerId(), "CALL-" + UUID.randomUUID());
        Instant offered = at("2026-03-02T09:00:00");
        engine.report(
                ReportMilestone.of(call, Milestone.HOTLINE_CALL_OFFERED, offered, inScheme(scheme), CaseFacts.none()));
        for (int ring = 1; ring <= 5; ring++) {
            engine.report(ReportMilestone.of(
                    call, Milestone.HOTLINE_RING, offered.plusSeconds(5L * ring), inScheme(scheme), CaseFacts.none()));
        }
        CaseDeadlines deadlines = engine.deadlinesOf(call);
        assertThat(deadlines.counts()).singleElement().satisfies(count -> {
            assertThat(count.standardCode()).isEqualTo("HZ-HOTLINE");
            assertThat(count.counted()).isEqualTo(5);
            assertThat(count.exceeded()).isTrue();
        });
        assertThat(events.stream(ServiceCountExceeded.class)
                        .filter(e -> e.caseRef().equals(call)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.counted()).isEqualTo(4);
                    assertThat(e.escalateTo()).containsExactly(Role.MANAGER);
                });
    }

    @Test
    void aSecondMissingDocumentsNoticeIsRefusedWithoutAReasonAndAllowedWithOne() {
        CaseRef ref = claim(hengtaiXihu);
        report(ref, Milestone.CLAIM_APPLICATION_RECEIVED, "2026-03-02T09:00:00", hengtaiXihu, motor());
        report(ref, Milestone.MISSING_DOCUMENTS_NOTICE_SENT, "2026-03-02T09:00:30", hengtaiXihu, motor());
        ReportMilestone second = ReportMilestone.of(
                ref,
                Milestone.MISSING_DOCUMENTS_NOTICE_SENT,
                at("2026-03-02T09:01:00"),
                CaseOwner.unit(hengtaiXihu.id()),
                motor());

        assertThatThrownBy(() -> engine.report(second))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("LAW-22");
        engine.report(second.repeatedBecause("补充材料显示另有第三者车辆损失，须补交其定损单"));

        assertThat(engine.deadlinesOf(ref).counts()).singleElement().satisfies(count -> {
            assertThat(count.counted()).isEqualTo(2);
            assertThat(count.justified()).isEqualTo(1);
            assertThat(count.exceeded()).isFalse();
        });
    }

    // ---- what the engine refuses in process ----

    @Test
    void anInventedUnitAnotherInsurersAssigneeAndAnUnknownSchemeAreRefusedNamingTheField() {
        CaseRef ref = claim(anlanXihu);
        assertThatThrownBy(() -> engine.report(ReportMilestone.of(
                        ref, Milestone.CLAIM_REPORTED, at("2026-03-02T09:00:00"), CaseOwner.unit(99_999), motor())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields())
                        .anySatisfy(f -> assertThat(f.field()).isEqualTo("owner.orgUnitId")));
        assertThatThrownBy(() -> engine.report(ReportMilestone.of(
                        ref,
                        Milestone.CLAIM_REPORTED,
                        at("2026-03-02T09:00:00"),
                        CaseOwner.unit(hengtaiXihu.id()),
                        motor())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("owner.orgUnitId");
        long hengtaiStaff = organization
                .staffByEmployeeNo("HENGTAI", "HT000101")
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> engine.report(ReportMilestone.of(
                        ref,
                        Milestone.CLAIM_REPORTED,
                        at("2026-03-02T09:00:00"),
                        CaseOwner.unit(anlanXihu.id()).assignedTo(hengtaiStaff),
                        motor())))
                .hasMessageContaining("owner.assigneeId");
        assertThatThrownBy(() -> engine.report(ReportMilestone.of(
                        ref,
                        Milestone.CLAIM_REPORTED,
                        at("2026-03-02T09:00:00"),
                        CaseOwner.unit(anlanXihu.id()).inScheme(987_654_321L),
                        motor())))
                .hasMessageContaining("owner.schemeId");
        assertThat(engine.clocksOf(ref)).isEmpty();
    }

    @Test
    void aMilestoneOfAnotherCaseTypeAndAFutureInstantAreRefusedInProcess() {
        CaseRef complaint = new CaseRef(CaseType.COMPLAINT, anlanXihu.insurerId(), "Q-" + UUID.randomUUID());
        assertThatThrownBy(() -> report(complaint, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("milestone");
        CaseRef ref = claim(anlanXihu);
        assertThatThrownBy(() -> report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T10:00:00", anlanXihu, motor()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");
    }

    @Test
    void aCallerWhoCannotSeeACaseCannotActOnIt() {
        CaseRef ref = claim(anlanXihu);
        report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor());
        OrgUnitView xiaoshan = organization.unitByCode("ANLAN-ZJ-HZ-XS").orElseThrow();
        assertThatThrownBy(() -> engine.report(
                        ReportMilestone.of(
                                ref,
                                Milestone.SURVEYOR_DISPATCHED,
                                at("2026-03-02T09:01:00"),
                                CaseOwner.unit(xiaoshan.id()),
                                motor()),
                        DataScope.subtree(xiaoshan.insurerId(), xiaoshan.id(), xiaoshan.path())))
                .isInstanceOf(NotFoundException.class);
        assertThat(clockOf(ref, "ZJ-DISPATCH").state()).isEqualTo(ClockState.RUNNING);
    }

    // ---- back-dated entries (补录) ----

    @Test
    void aBackDatedStepNeedsAReasonIsMarkedAndCannotTurnABreachIntoAMetDeadline() {
        CaseRef ref = claim(anlanXihu);
        report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor());
        clock.set(at("2026-03-02T09:20:00"));
        ReportMilestone dispatched = ReportMilestone.of(
                ref, Milestone.SURVEYOR_DISPATCHED, at("2026-03-02T09:03:00"), CaseOwner.unit(anlanXihu.id()), motor());

        assertThatThrownBy(() -> engine.report(dispatched))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lateEntryReason");
        engine.report(dispatched.lateBecause("调度系统故障，纸面派工单补录"));

        ClockView dispatch = clockOf(ref, "ZJ-DISPATCH");
        // Dispatched at 09:03, before the 09:05 deadline, but recorded at 09:20: it stays a breach.
        assertThat(dispatch.state()).isEqualTo(ClockState.BREACHED);
        assertThat(dispatch.stoppedAt()).isEqualTo(at("2026-03-02T09:03:00"));
        assertThat(dispatch.lateStop()).isTrue();
        assertThat(jdbc.sql("select count(*) from service_clock_event_log where clock_id = :id and kind = 'LATE_ENTRY'")
                        .param("id", dispatch.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select late_reason from service_milestone where case_id = :id and milestone = 'SURVEYOR_DISPATCHED'")
                        .param("id", ref.id())
                        .query(String.class)
                        .single())
                .isEqualTo("调度系统故障，纸面派工单补录");
    }

    // ---- hand-off, void, reading ----

    @Test
    void aHandOffKeepsEveryClockRunningWithItsDeadline() {
        CaseRef ref = claim(anlanXihu);
        report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor().withZone(Zone.URBAN));
        OrgUnitView shaoxing = organization.unitByCode("ANLAN-ZJ-SX").orElseThrow();

        List<ClockView> moved =
                engine.reassign(ref, CaseOwner.unit(shaoxing.id()), at("2026-03-02T09:01:00"), "异地出险，移交绍兴");

        assertThat(moved).hasSize(2).allSatisfy(c -> {
            assertThat(c.orgUnitId()).isEqualTo(shaoxing.id());
            assertThat(c.state()).isEqualTo(ClockState.RUNNING);
        });
        assertThat(clockOf(ref, "ZJ-DISPATCH").deadline()).isEqualTo(at("2026-03-02T09:05:00"));
    }

    @Test
    void anAdministratorVoidsABreachedClockRecordedInError() {
        CaseRef ref = claim(anlanXihu);
        report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor());
        clock.set(at("2026-03-02T09:06:00"));
        breachSweep.sweep();
        UUID id = clockOf(ref, "ZJ-DISPATCH").id();

        ClockView voided = engine.voidClock(id, "测试时误报的案件号", "admin");

        assertThat(voided.state()).isEqualTo(ClockState.CANCELLED);
        assertThatThrownBy(() -> engine.voidClock(id, "again", "admin")).isInstanceOf(ConflictException.class);
    }

    @Test
    void theGoverningDeadlineOfAStepIsTheEarliestOfTheClocksStillWaiting() {
        CaseRef ref = claim(hengtaiXihu);
        report(ref, Milestone.SETTLEMENT_AGREED, "2026-03-02T09:00:00", hengtaiXihu, motor());

        CaseDeadlines deadlines = engine.deadlinesOf(ref);
        assertThat(deadlines.step("CLAIM_PAYMENT").orElseThrow().clocks())
                .extracting(ClockView::standardCode)
                .containsExactlyInAnyOrder("LAW-23-PAY", "ZJ-PAY");
        // 浙江规范第七章 2.7.3: 3 working days (Thursday 5 March) beat 保险法第二十三条's 10 days.
        assertThat(deadlines.step("CLAIM_PAYMENT").orElseThrow().governing().standardCode())
                .isEqualTo("ZJ-PAY");
        assertThat(deadlines.step("CLAIM_PAYMENT").orElseThrow().governing().deadline())
                .isEqualTo(at("2026-03-06T00:00:00"));
    }

    @Test
    void aPaymentPeriodAgreedInThePolicyReplacesTheLawsTenDays() {
        CaseRef ref = claim(hengtaiXihu);
        report(
                ref,
                Milestone.SETTLEMENT_AGREED,
                "2026-03-02T09:00:00",
                hengtaiXihu,
                motor().withPolicyTerm(PolicyTerm.PAYMENT_DAYS, 7));

        // 保险法第二十三条第一款: 按照约定 — 7 days from 2 March end with 9 March.
        assertThat(clockOf(ref, "LAW-23-PAY").deadline()).isEqualTo(at("2026-03-10T00:00:00"));
        assertThat(clockOf(ref, "ZJ-POLICY-TERM").deadline()).isEqualTo(at("2026-03-10T00:00:00"));
    }

    @Test
    void eachClockRecordsTheVersionAndStepOfItsStandard() {
        CaseRef ref = claim(anlanXihu);
        report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor());
        ClockView dispatch = clockOf(ref, "ZJ-DISPATCH");
        assertThat(dispatch.standardVersion()).isEqualTo(LocalDate.of(2010, 6, 1));
        assertThat(dispatch.step()).isEqualTo("DISPATCH");
        assertThat(dispatch.title()).isEqualTo("报案后5分钟内调度");
    }

    @Test
    void warningsAndBreachesCarryTheStepTheRolesAndTheAssignee() {
        long surveyor = organization
                .staffByEmployeeNo("ANLAN", "AL000101")
                .orElseThrow()
                .id();
        CaseRef ref = claim(anlanXihu);
        engine.report(ReportMilestone.of(
                ref,
                Milestone.CLAIM_REPORTED,
                at("2026-03-02T09:00:00"),
                CaseOwner.unit(anlanXihu.id()).assignedTo(surveyor),
                motor()));
        clock.set(at("2026-03-02T09:03:00"));
        warningSweep.sweep();
        clock.set(at("2026-03-02T09:06:00"));
        breachSweep.sweep();

        assertThat(events.stream(ServiceDeadlineApproaching.class)
                        .filter(e -> e.clock().caseRef().equals(ref)))
                .extracting(ServiceDeadlineApproaching::elapsedPercent)
                .containsExactly(50);
        assertThat(events.stream(ServiceDeadlineApproaching.class)
                        .filter(e -> e.clock().caseRef().equals(ref)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.notifyRoles()).containsExactly(Role.DISPATCHER);
                    assertThat(e.clock().step()).isEqualTo("DISPATCH");
                    assertThat(e.clock().assigneeId()).isEqualTo(surveyor);
                });
        assertThat(events.stream(ServiceDeadlineBreached.class)
                        .filter(e -> e.clock().caseRef().equals(ref)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.escalateTo()).containsExactly(Role.MANAGER);
                    assertThat(e.clock().title()).isEqualTo("报案后5分钟内调度");
                });
    }

    @Test
    void insideACallersTransactionTheEngineJoinsItAndRollsBackWithIt() {
        CaseRef ref = claim(anlanXihu);
        transaction.executeWithoutResult(status -> {
            report(ref, Milestone.CLAIM_REPORTED, "2026-03-02T09:00:00", anlanXihu, motor());
            assertThat(codes(ref)).containsExactly("ZJ-DISPATCH");
            status.setRollbackOnly();
        });
        assertThat(engine.clocksOf(ref)).isEmpty();
        assertThat(jdbc.sql("select count(*) from service_milestone where case_id = :id")
                        .param("id", ref.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    // ---- complaints ----

    @Test
    void anAppraisalPausesTheComplaintClockOnlyOnceTheComplainantIsTold() {
        CaseRef ref = new CaseRef(CaseType.COMPLAINT, hengtaiXihu.insurerId(), "Q-" + UUID.randomUUID());
        CaseFacts complaint = CaseFacts.of(ProductLine.MOTOR).withChannel(Channel.HOTLINE);
        report(ref, Milestone.COMPLAINT_RECEIVED, "2026-03-02T09:00:00", hengtaiXihu, complaint);
        assertThatThrownBy(
                        () -> report(ref, Milestone.APPRAISAL_STARTED, "2026-03-02T09:00:00", hengtaiXihu, complaint))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("COMPLAINANT_NOTIFIED");
        report(
                ref,
                Milestone.APPRAISAL_STARTED,
                "2026-03-02T09:00:00",
                hengtaiXihu,
                complaint.with(Fact.COMPLAINANT_NOTIFIED));
        assertThat(clockOf(ref, "CPL-18").state()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void aComplaintAppraisalLeavesOutOnlyTheDaysBetweenWhileAClockStartedBeforeThatRuleKeepsBothEndDaysOut() {
        CaseFacts complaint =
                CaseFacts.of(ProductLine.MOTOR).withChannel(Channel.HOTLINE).with(Fact.COMPLAINANT_NOTIFIED);
        CaseRef now = new CaseRef(CaseType.COMPLAINT, hengtaiXihu.insurerId(), "Q-" + UUID.randomUUID());
        CaseRef before = new CaseRef(CaseType.COMPLAINT, hengtaiXihu.insurerId(), "Q-" + UUID.randomUUID());
        clock.set(at("2026-03-02T09:00:00"));
        for (CaseRef ref : List.of(now, before)) {
            report(ref, Milestone.COMPLAINT_RECEIVED, "2026-03-02T09:00:00", hengtaiXihu, complaint);
        }
        assertThat(pausedDaysStored(now)).isEqualTo("DAYS_BETWEEN");
        // A row written before V52 has the column's default.
        jdbc.sql("update service_clock set paused_days = 'BOTH_END_DAYS' where case_id = :id")
                .param("id", before.id())
                .update();
        for (CaseRef ref : List.of(now, before)) {
            clock.set(at("2026-03-04T10:00:00"));
            report(ref, Milestone.APPRAISAL_STARTED, "2026-03-04T10:00:00", hengtaiXihu, complaint);
            clock.set(at("2026-03-06T15:00:00"));
            report(ref, Milestone.APPRAISAL_ENDED, "2026-03-06T15:00:00", hengtaiXihu, complaint);
        }
        // 15 natural days from Mon 2 March end Tue 17 March. Appraised Wed 4 to Fri 6 March: between them only
        // Thu 5 is left out → Wed 18 March; with both end days 4, 5 and 6 are → Fri 20 March (投诉办法第十八条第二款).
        assertThat(clockOf(now, "CPL-18").deadline()).isEqualTo(at("2026-03-19T00:00:00"));
        assertThat(clockOf(before, "CPL-18").deadline()).isEqualTo(at("2026-03-21T00:00:00"));
    }

    private String pausedDaysStored(CaseRef ref) {
        return jdbc.sql("select paused_days from service_clock where case_id = :id and standard_code = 'CPL-18'")
                .param("id", ref.id())
                .query(String.class)
                .single();
    }

    @Test
    void aComplaintLimitEndingInTheNationalDayHolidayDoesNotRoll() {
        OrgUnitView unit = hengtaiXihu;
        clock.set(at("2025-09-20T10:00:00"));
        CaseRef ref = new CaseRef(CaseType.COMPLAINT, unit.insurerId(), "Q-" + UUID.randomUUID());
        report(ref, Milestone.COMPLAINT_RECEIVED, "2025-09-20T10:00:00", unit, CaseFacts.of(ProductLine.MOTOR));
        // 投诉办法第四十三条: natural days; 20 September + 15 = 5 October, inside the National Day block: no roll (D9).
        assertThat(clockOf(ref, "CPL-18").deadline()).isEqualTo(at("2025-10-06T00:00:00"));
    }

    // ---- a clock started late counts from its anchor (D13) ----

    @Test
    void theAgreementClockStartsWhenDocumentsAreCompleteButCountsFromTheApplicationLessTheWaitForSupplements() {
        CaseRef ref = claim(hengtaiXihu);
        CaseFacts pending = motor().withAmount(Money.yuan(12_000)).with(Fact.LIABILITY_CLEAR);
        clock.set(at("2026-03-02T09:00:00"));
        report(ref, Milestone.CLAIM_APPLICATION_RECEIVED, "2026-03-02T09:00:00", hengtaiXihu, pending);
        assertThat(codes(ref)).doesNotContain("ZJ-AGREE");
        clock.set(at("2026-03-03T10:00:00"));
        report(ref, Milestone.MISSING_DOCUMENTS_NOTICE_SENT, "2026-03-03T10:00:00", hengtaiXihu, pending);
        report(ref, Milestone.MISSING_DOCUMENTS_NOTICE_RECEIVED, "2026-03-03T10:00:00", hengtaiXihu, pending);
        clock.set(at("2026-03-05T15:00:00"));
        report(ref, Milestone.SUPPLEMENTARY_DOCUMENTS_RECEIVED, "2026-03-05T15:00:00", hengtaiXihu, pending);
        report(
                ref,
                Milestone.DOCUMENTS_COMPLETE,
                "2026-03-05T15:00:00",
                hengtaiXihu,
                pending.with(Fact.DOCUMENTS_COMPLETE));

        ClockView agree = clockOf(ref, "ZJ-AGREE");
        assertThat(agree.startedAt()).isEqualTo(at("2026-03-02T09:00:00"));
        // 10 working days from Monday 2 March end Monday 16 March; the wait from Tuesday 3 to Thursday 5
        // (three working days, both ends counted) moves it to Thursday 19 March.
        assertThat(agree.deadline()).isEqualTo(at("2026-03-20T00:00:00"));
    }

    private void ensureAnlanHasTheAgreement() {
        ContractParty anlan = ContractParty.insurer(anlanXihu.insurerId());
        LocalDate today = LocalDate.of(2026, 3, 2);
        boolean inForce = contracts.contractsOf(anlan).stream()
                .anyMatch(c -> c.documentCode().equals("SERVICE-AGREEMENT") && c.inForceOn(today));
        if (!inForce) {
            contracts.record(
                    anlan,
                    "SERVICE-AGREEMENT",
                    "测试车队",
                    today.minusDays(1),
                    today.minusDays(1),
                    today.plusMonths(11),
                    "test");
        }
        for (String blank : List.of("agreement.initial-review", "agreement.renewal-reminder-lead")) {
            if (parameters.entry(anlan, blank, ADMIN).value() == null) {
                parameters.set(anlan, blank, blank.endsWith("lead") ? 30 : 5, null, null, ADMIN, "test");
            }
        }
    }

    private long newScheme() {
        long scheme = ThreadLocalRandom.current().nextLong(100_000, 1_000_000_000L);
        contracts.record(
                ContractParty.scheme(scheme),
                "HUZHU-BID-2025",
                "互助土族自治县应急管理局",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                "test");
        return scheme;
    }

    private CaseOwner inScheme(long scheme) {
        return CaseOwner.unit(anlanHuzhu.id()).inScheme(scheme);
    }
}
