package io.shixiao.servicelevel.clock;

import static io.shixiao.servicelevel.clock.ClockFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ExtendClock;
import io.shixiao.servicelevel.MilestoneOutcome;
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.ServiceDeadlineApproaching;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.ServiceDeadlineMet;
import io.shixiao.servicelevel.calendar.CalendarChanged;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class ClockEngineTests {

    @Autowired
    ServiceClocks serviceClocks;

    @Autowired
    BreachSweep breachSweep;

    @Autowired
    WarningSweep warningSweep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transaction;

    // The recomputation may run asynchronously after the publishing transaction commits.
    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @BeforeEach
    void resetClock() {
        clock.set(at("2026-03-02T09:00:00"));
    }

    static Map<String, String> owner(String... more) {
        Map<String, String> attributes = new HashMap<>(Map.of(
                MilestoneReported.INSURER_ID,
                "1",
                MilestoneReported.ORG_UNIT_ID,
                "9",
                MilestoneReported.ORG_PATH,
                "/1/4/9/"));
        for (int i = 0; i < more.length; i += 2) {
            attributes.put(more[i], more[i + 1]);
        }
        return attributes;
    }

    private static String newCase() {
        return "C-" + UUID.randomUUID();
    }

    private MilestoneOutcome report(
            String caseType, String caseId, String milestone, Instant at, Map<String, String> attributes) {
        return serviceClocks.report(new MilestoneReported(caseType, caseId, milestone, at, attributes));
    }

    @Test
    void aStartMilestoneStartsTheClocksOfEveryStandardTheCaseFallsUnder() {
        String id = newCase();
        report(
                "CLAIM",
                id,
                "CLAIM_DOCUMENTS_RECEIVED",
                at("2026-03-02T10:00:00"),
                owner(MilestoneReported.AMOUNT, "200000", MilestoneReported.REGION, "330100"));
        assertThat(serviceClocks.clocksOf("CLAIM", id))
                .extracting(ClockView::standardCode)
                .containsExactlyInAnyOrder("ZJ-AGREE", "LAW-23-DECIDE");
    }

    @Test
    void aClaimAboveTheBandOrOutsideTheRegionGetsNoAgreementClock() {
        String above = newCase();
        report(
                "CLAIM",
                above,
                "CLAIM_DOCUMENTS_RECEIVED",
                at("2026-03-02T10:00:00"),
                owner(MilestoneReported.AMOUNT, "200000.01", MilestoneReported.REGION, "330100"));
        String elsewhere = newCase();
        report(
                "CLAIM",
                elsewhere,
                "CLAIM_DOCUMENTS_RECEIVED",
                at("2026-03-02T10:00:00"),
                owner(MilestoneReported.AMOUNT, "5000", MilestoneReported.REGION, "410100"));
        assertThat(serviceClocks.clocksOf("CLAIM", above))
                .extracting(ClockView::standardCode)
                .containsExactly("LAW-23-DECIDE");
        assertThat(serviceClocks.clocksOf("CLAIM", elsewhere))
                .extracting(ClockView::standardCode)
                .containsExactly("LAW-23-DECIDE");
    }

    @Test
    void aContractParameterOverridesThePeriodOfTheStandard() {
        String id = newCase();
        report(
                "CLAIM",
                id,
                "CLAIM_DOCUMENTS_RECEIVED",
                at("2026-03-02T10:00:00"),
                owner(MilestoneReported.AMOUNT, "1000", MilestoneReported.REGION, "3301", "parameter.agreeDays", "5"));
        ClockView agree = serviceClocks.clocksOf("CLAIM", id).stream()
                .filter(c -> c.standardCode().equals("ZJ-AGREE"))
                .findFirst()
                .orElseThrow();
        // Five working days after Monday 2 March 2026 end on Monday 9 March.
        assertThat(agree.deadline()).isEqualTo(at("2026-03-10T00:00:00"));
    }

    @Test
    void aContractParameterBelowOneUnitIsRefusedNamingIt() {
        assertThatThrownBy(() -> report(
                        "CLAIM",
                        newCase(),
                        "CLAIM_DOCUMENTS_RECEIVED",
                        at("2026-03-02T10:00:00"),
                        owner(
                                MilestoneReported.AMOUNT,
                                "1000",
                                MilestoneReported.REGION,
                                "3301",
                                "parameter.agreeDays",
                                "0")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("attributes.parameter.agreeDays");
    }

    @Test
    void theSameMilestoneReportedTwiceActsOnce() {
        String id = newCase();
        MilestoneOutcome first = report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T10:00:00"), owner());
        MilestoneOutcome second = report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T10:00:00"), owner());
        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(serviceClocks.clocksOf("CLAIM", id)).hasSize(1);
        UUID clockId = first.clocks().get(0).id();
        assertThat(jdbc.sql("select count(*) from service_clock_event_log where clock_id = :id")
                        .param("id", clockId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRepeatedStopIsIgnoredWithTheStateNamed() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T10:00:00"), owner());
        report("CLAIM", id, "SURVEYOR_DISPATCHED", at("2026-03-02T10:03:00"), owner());
        MilestoneOutcome again = report("CLAIM", id, "SURVEYOR_DISPATCHED", at("2026-03-02T10:04:00"), owner());
        assertThat(again.ignored()).singleElement().asString().contains("MET");
    }

    @Test
    void aStartMilestoneWithoutItsOwnerIsRefusedNamingTheField() {
        Map<String, String> noPath = owner();
        noPath.remove(MilestoneReported.ORG_PATH);
        assertThatThrownBy(() -> report("CLAIM", newCase(), "CLAIM_REPORTED", at("2026-03-02T10:00:00"), noPath))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("attributes.orgPath");
    }

    @Test
    void missingDocumentsPauseTheDecisionClockAndTheirArrivalMovesTheDeadlineByWholeDays() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_DOCUMENTS_RECEIVED", at("2026-03-02T10:00:00"), owner());
        report("CLAIM", id, "MISSING_DOCUMENTS_NOTICE_RECEIVED", at("2026-03-05T10:00:00"), owner());
        assertThat(decision(id).state()).isEqualTo("PAUSED");
        report("CLAIM", id, "SUPPLEMENTARY_DOCUMENTS_RECEIVED", at("2026-03-09T16:00:00"), owner());
        // 2 March + 30 = 1 April, plus 5–9 March (five days, 司法解释二第十五条) = 6 April, a 清明 holiday → 7 April.
        assertThat(decision(id).state()).isEqualTo("RUNNING");
        assertThat(decision(id).deadline()).isEqualTo(at("2026-04-08T00:00:00"));
    }

    private ClockView decision(String id) {
        return serviceClocks.clocksOf("CLAIM", id).stream()
                .filter(c -> c.standardCode().equals("LAW-23-DECIDE"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStopInTimeMeetsTheClockAndAnnouncesIt() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T10:00:00"), owner());
        report("CLAIM", id, "SURVEYOR_DISPATCHED", at("2026-03-02T10:04:00"), owner());
        ClockView dispatch = serviceClocks.clocksOf("CLAIM", id).get(0);
        assertThat(dispatch.state()).isEqualTo("MET");
        assertThat(events.stream(ServiceDeadlineMet.class)
                        .filter(e -> e.caseId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.onTime()).isTrue();
                    assertThat(e.elapsedSeconds()).isEqualTo(240);
                });
    }

    @Test
    void theSweepFlagsADueClockOnceWithAnEscalationToTheStandardsRoles() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T09:00:00"), owner());
        clock.set(at("2026-03-02T09:05:00"));
        breachSweep.sweep();
        breachSweep.sweep();
        ClockView dispatch = serviceClocks.clocksOf("CLAIM", id).get(0);
        assertThat(dispatch.state()).isEqualTo("BREACHED");
        assertThat(dispatch.breachFlaggedAt()).isEqualTo(at("2026-03-02T09:05:00"));
        assertThat(events.stream(ServiceDeadlineBreached.class)
                        .filter(e -> e.caseId().equals(id)))
                .hasSize(1);
        assertThat(jdbc.sql("select roles from service_clock_escalation where clock_id = :id")
                        .param("id", dispatch.id())
                        .query(String.class)
                        .list())
                .containsExactly("MANAGER");
    }

    @Test
    void aBreachedClockStoppedLateKeepsItsBreachAndRecordsTheTimeTaken() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T09:00:00"), owner());
        clock.set(at("2026-03-02T09:06:00"));
        breachSweep.sweep();
        report("CLAIM", id, "SURVEYOR_DISPATCHED", at("2026-03-02T09:20:00"), owner());
        ClockView dispatch = serviceClocks.clocksOf("CLAIM", id).get(0);
        assertThat(dispatch.state()).isEqualTo("BREACHED");
        assertThat(dispatch.stoppedAt()).isEqualTo(at("2026-03-02T09:20:00"));
        assertThat(dispatch.elapsedSeconds()).isEqualTo(20 * 60);
        assertThat(events.stream(ServiceDeadlineMet.class)
                        .filter(e -> e.caseId().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.onTime()).isFalse());
        assertThat(events.stream(ServiceDeadlineBreached.class)
                        .filter(e -> e.caseId().equals(id)))
                .hasSize(1);
    }

    @Test
    void warningsAreSentOncePerThreshold() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_REPORTED", at("2026-03-02T09:00:00"), owner());
        clock.set(at("2026-03-02T09:02:31"));
        warningSweep.sweep();
        warningSweep.sweep();
        clock.set(at("2026-03-02T09:04:01"));
        warningSweep.sweep();
        assertThat(events.stream(ServiceDeadlineApproaching.class)
                        .filter(e -> e.caseId().equals(id)))
                .extracting(ServiceDeadlineApproaching::elapsedPercent)
                .containsExactly(50, 80);
    }

    @Test
    void anExtensionNeedsTheNoticeTheStandardRequires() {
        String id = newCase();
        report("COMPLAINT", id, "COMPLAINT_RECEIVED", at("2026-03-02T10:00:00"), owner());
        UUID clockId = serviceClocks.clocksOf("COMPLAINT", id).get(0).id();
        clock.set(at("2026-03-10T10:00:00"));
        assertThatThrownBy(() -> serviceClocks.extend(clockId, new ExtendClock("情况复杂", null, null), "manager1"))
                .isInstanceOf(ConflictException.class);
        ClockView extended =
                serviceClocks.extend(clockId, new ExtendClock("情况复杂", at("2026-03-10T09:00:00"), null), "manager1");
        // 投诉办法第十八条: 15 days become 30: 2 March + 30 = 1 April (no roll for this standard).
        assertThat(extended.deadline()).isEqualTo(at("2026-04-02T00:00:00"));
    }

    @Test
    void newFactsRestartTheComplaintClock() {
        String id = newCase();
        report("COMPLAINT", id, "COMPLAINT_RECEIVED", at("2026-03-02T10:00:00"), owner());
        report("COMPLAINT", id, "NEW_FACTS_RECEIVED", at("2026-03-09T10:00:00"), owner());
        assertThat(serviceClocks.clocksOf("COMPLAINT", id).get(0).deadline()).isEqualTo(at("2026-03-25T00:00:00"));
    }

    @Test
    void aCalendarChangeRecomputesTheDeadlinesOfItsRunningClocks() {
        String id = newCase();
        report("CLAIM", id, "CLAIM_DOCUMENTS_RECEIVED", at("2026-03-02T10:00:00"), owner());
        UUID clockId = decision(id).id();
        jdbc.sql("update service_clock set deadline = deadline - interval '3 days' where id = :id")
                .param("id", clockId)
                .update();
        transaction.executeWithoutResult(
                status -> publisher.publishEvent(new CalendarChanged("CN", java.util.Set.of(2026))));
        for (int wait = 0; wait < 100 && !decision(id).deadline().equals(at("2026-04-02T00:00:00")); wait++) {
            sleep();
        }
        assertThat(decision(id).deadline()).isEqualTo(at("2026-04-02T00:00:00"));
        assertThat(jdbc.sql("select kind from service_clock_event_log where clock_id = :id order by id")
                        .param("id", clockId)
                        .query(String.class)
                        .list())
                .endsWith("RECOMPUTED");
    }

    @Test
    void aCancelledComplaintStopsItsClock() {
        String id = newCase();
        report("COMPLAINT", id, "COMPLAINT_RECEIVED", at("2026-03-02T10:00:00"), owner());
        report("COMPLAINT", id, "COMPLAINT_WITHDRAWN", at("2026-03-03T10:00:00"), owner());
        assertThat(serviceClocks.clocksOf("COMPLAINT", id).get(0).state()).isEqualTo("CANCELLED");
        assertThat(Duration.ofSeconds(
                        serviceClocks.clocksOf("COMPLAINT", id).get(0).elapsedSeconds()))
                .isEqualTo(Duration.ofDays(1));
    }
}
