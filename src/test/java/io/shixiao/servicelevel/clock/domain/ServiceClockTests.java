package io.shixiao.servicelevel.clock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import io.shixiao.shared.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceClockTests {

    private final DeadlineCalculator policy = ClockDomainFixtures.CALCULATOR;

    private static Instant at(String shanghaiLocal) {
        return ClockDomainFixtures.at(shanghaiLocal);
    }

    private ServiceClock clock(long amount, PeriodUnit unit, String start) {
        return ServiceClock.start(
                new CaseRef(CaseType.CLAIM, 1, "C-1"),
                new ServiceClock.Terms(
                        "STD",
                        LocalDate.of(2020, 1, 1),
                        "STEP",
                        ClockPeriod.forward(amount, unit, unit.isDayBased() ? "CN" : "24x7", true, false),
                        List.of(50, 80),
                        Set.of(Role.MANAGER)),
                1,
                new ClockOwner(9, "/1/9/", 77L),
                at(start),
                policy);
    }

    // ---- starting ----

    @Test
    void aClockOfFiveMinutesIsDueFiveMinutesAfterTheReport() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.deadline()).isEqualTo(at("2026-03-02T10:05:00"));
    }

    @Test
    void aThirtyDayClockDoesNotCountTheStartDayAndEndsAtMidnightOfTheLastDay() {
        // 民法典第二百零一条: the start day is not counted; 2026-03-02 + 30 = 2026-04-01 (a Wednesday).
        ServiceClock clock = clock(30, PeriodUnit.CALENDAR_DAYS, "2026-03-02T15:30:00");
        assertThat(clock.deadline()).isEqualTo(at("2026-04-02T00:00:00"));
    }

    // ---- pausing ----

    @Test
    void pausingAnHourClockAddsThePausedDurationToTheDeadline() {
        ServiceClock clock = clock(2, PeriodUnit.HOURS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-02T10:30:00"), "WAITING_FOR_CUSTOMER");
        clock.resume(at("2026-03-02T11:15:00"), policy);
        assertThat(clock.deadline()).isEqualTo(at("2026-03-02T12:45:00"));
        assertThat(clock.pauses()).hasSize(1);
    }

    @Test
    void pausingADayClockExcludesBothTheNoticeDayAndTheDayTheDocumentsArrive() {
        // 司法解释二第十五条: 自通知到达之日起至补充资料到达之日止 — 3rd to 5th March are three days.
        ServiceClock clock = clock(30, PeriodUnit.CALENDAR_DAYS, "2026-03-02T15:30:00");
        clock.pause(at("2026-03-03T09:00:00"), "MISSING_DOCUMENTS");
        clock.resume(at("2026-03-05T16:00:00"), policy);
        // 1 April + 3 days = Saturday 4 April, the first day of 清明节 2026 (4–6 April): it rolls to Tuesday 7 April
        // (民法典第二百零三条).
        assertThat(clock.deadline()).isEqualTo(at("2026-04-08T00:00:00"));
    }

    @Test
    void aPauseThatBeginsOnTheStartDayExcludesOnlyTheFollowingDays() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T09:00:00");
        clock.pause(at("2026-03-02T11:00:00"), "APPRAISAL");
        clock.resume(at("2026-03-03T10:00:00"), policy);
        // 17 March + 1 day excluded (the 3rd) = 18 March, ends 24:00.
        assertThat(clock.deadline()).isEqualTo(at("2026-03-19T00:00:00"));
    }

    @Test
    void pausingAWorkingDayClockExcludesOnlyTheWorkingDaysOfThePause() {
        // Start Monday 2 March; 10 working days end Monday 16 March. Pause Fri 6 – Mon 9: two working days.
        ServiceClock clock = clock(10, PeriodUnit.WORKING_DAYS, "2026-03-02T10:00:00");
        assertThat(clock.deadline()).isEqualTo(at("2026-03-17T00:00:00"));
        clock.pause(at("2026-03-06T10:00:00"), "MISSING_DOCUMENTS");
        clock.resume(at("2026-03-09T10:00:00"), policy);
        assertThat(clock.deadline()).isEqualTo(at("2026-03-19T00:00:00"));
    }

    @Test
    void twoPausesOnTheSameDayExcludeThatDayOnce() {
        ServiceClock clock = clock(10, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-04T09:00:00"), "A");
        clock.resume(at("2026-03-04T10:00:00"), policy);
        clock.pause(at("2026-03-04T14:00:00"), "B");
        clock.resume(at("2026-03-04T15:00:00"), policy);
        assertThat(clock.deadline()).isEqualTo(at("2026-03-14T00:00:00"));
    }

    @Test
    void aPausedClockCannotBePausedAgain() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-02T10:01:00"), "X");
        assertThatThrownBy(() -> clock.pause(at("2026-03-02T10:02:00"), "Y"))
                .isInstanceOf(ClockTransitionRefused.class)
                .hasMessageContaining("PAUSED");
    }

    @Test
    void onlyAPausedClockCanResume() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThatThrownBy(() -> clock.resume(at("2026-03-02T10:02:00"), policy))
                .isInstanceOf(ClockTransitionRefused.class)
                .hasMessageContaining("RUNNING");
    }

    // ---- stopping ----

    @Test
    void aStopBeforeTheDeadlineMeetsTheClockAndKeepsTheCountedTime() {
        ServiceClock clock = clock(2, PeriodUnit.HOURS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-02T10:30:00"), "X");
        clock.resume(at("2026-03-02T11:00:00"), policy);
        assertThat(clock.meet(at("2026-03-02T11:30:00"), at("2026-03-02T11:30:00"), false, policy))
                .isTrue();
        assertThat(clock.state()).isEqualTo(ClockState.MET);
        assertThat(clock.elapsed(at("2026-03-03T00:00:00"))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aStopWhilePausedClosesThePauseAndMeetsTheClock() {
        ServiceClock clock = clock(2, PeriodUnit.HOURS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-02T10:30:00"), "X");
        assertThat(clock.meet(at("2026-03-02T13:00:00"), at("2026-03-02T13:00:00"), false, policy))
                .isTrue();
        assertThat(clock.state()).isEqualTo(ClockState.MET);
        assertThat(clock.elapsed(at("2026-03-02T13:00:00"))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aStopAfterTheDeadlineThatTheSweepHasNotSeenYetIsABreachMetLate() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThat(clock.meet(at("2026-03-02T10:07:00"), at("2026-03-02T10:07:00"), false, policy))
                .isFalse();
        assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
        assertThat(clock.breachFlaggedAt()).isEqualTo(at("2026-03-02T10:07:00"));
        assertThat(clock.stoppedAt()).isEqualTo(at("2026-03-02T10:07:00"));
    }

    @Test
    void aBreachedClockKeepsCountingUntilItsStopMilestoneArrives() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.markBreached(at("2026-03-02T10:05:01"));
        assertThat(clock.elapsed(at("2026-03-02T10:20:00"))).isEqualTo(Duration.ofMinutes(20));
        assertThat(clock.meet(at("2026-03-02T10:30:00"), at("2026-03-02T10:30:00"), false, policy))
                .isFalse();
        assertThat(clock.state()).isEqualTo(ClockState.BREACHED);
        assertThat(clock.stoppedAt()).isEqualTo(at("2026-03-02T10:30:00"));
        assertThat(clock.elapsed(at("2026-03-02T12:00:00"))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aBreachedClockStopsOnlyOnce() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.markBreached(at("2026-03-02T10:06:00"));
        clock.meet(at("2026-03-02T10:30:00"), at("2026-03-02T10:30:00"), false, policy);
        assertThatThrownBy(() -> clock.meet(at("2026-03-02T10:31:00"), at("2026-03-02T10:31:00"), false, policy))
                .isInstanceOf(ClockTransitionRefused.class)
                .hasMessageContaining("BREACHED and already stopped");
    }

    @Test
    void aMetClockRefusesEveryFurtherTransition() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.meet(at("2026-03-02T10:01:00"), at("2026-03-02T10:01:00"), false, policy);
        Instant later = at("2026-03-02T10:02:00");
        assertThatThrownBy(() -> clock.pause(later, "X")).hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.meet(later, later, false, policy)).hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.cancel(later, "X")).hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.restart(later, policy)).hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.markBreached(later)).hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.warn(later)).hasMessageContaining("MET");
        assertThatThrownBy(() -> clock.acknowledgeBreach("r", "m", later)).hasMessageContaining("MET");
    }

    // ---- breach ----

    @Test
    void aClockIsNotBreachedBeforeItsDeadline() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThatThrownBy(() -> clock.markBreached(at("2026-03-02T10:04:59")))
                .isInstanceOf(ClockTransitionRefused.class)
                .hasMessageContaining("not due");
    }

    @Test
    void aPausedClockIsNeverBreached() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-02T10:01:00"), "X");
        assertThatThrownBy(() -> clock.markBreached(at("2026-03-02T11:00:00"))).hasMessageContaining("PAUSED");
    }

    @Test
    void aBreachIsAcknowledgedOnceWithItsReason() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.markBreached(at("2026-03-02T10:05:00"));
        clock.acknowledgeBreach("暴雨导致查勘员无法到达", "manager1", at("2026-03-02T11:00:00"));
        assertThat(clock.acknowledgement().reason()).isEqualTo("暴雨导致查勘员无法到达");
        assertThatThrownBy(() -> clock.acknowledgeBreach("again", "m2", at("2026-03-02T12:00:00")))
                .hasMessageContaining("already acknowledged");
    }

    @Test
    void aRunningClockCannotBeAcknowledgedAsBreached() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThatThrownBy(() -> clock.acknowledgeBreach("r", "m", at("2026-03-02T10:01:00")))
                .hasMessageContaining("RUNNING");
    }

    // ---- warnings ----

    @Test
    void eachWarningThresholdIsReportedOnceInOrder() {
        ServiceClock clock = clock(100, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThat(clock.nextWarningAt()).isEqualTo(at("2026-03-02T10:50:00"));
        assertThat(clock.warn(at("2026-03-02T10:49:00"))).isEmpty();
        assertThat(clock.warn(at("2026-03-02T10:50:00"))).containsExactly(50);
        assertThat(clock.warn(at("2026-03-02T10:51:00"))).isEmpty();
        assertThat(clock.nextWarningAt()).isEqualTo(at("2026-03-02T11:20:00"));
        assertThat(clock.warn(at("2026-03-02T11:30:00"))).containsExactly(80);
        assertThat(clock.nextWarningAt()).isNull();
    }

    @Test
    void thresholdsPassedTogetherAreAllReportedAtOnce() {
        ServiceClock clock = clock(100, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThat(clock.warn(at("2026-03-02T11:25:00"))).containsExactly(50, 80);
        assertThat(clock.warnedPercent()).isEqualTo(80);
    }

    // ---- extension ----

    private static final ExtensionPolicy COMPLAINT_RULES = new ExtensionPolicy(List.of(
            new ExtensionPolicy.Step(15, PeriodUnit.CALENDAR_DAYS, Role.MANAGER, null, true, true, null),
            new ExtensionPolicy.Step(15, PeriodUnit.CALENDAR_DAYS, Role.MANAGER, null, true, true, null)));

    @Test
    void aComplexComplaintIsExtendedFromFifteenToThirtyDaysOnceTheComplainantIsTold() {
        // 投诉办法第十八条: 15 days, complex up to 30.
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        assertThat(clock.deadline()).isEqualTo(at("2026-03-18T00:00:00"));
        Extension extension = clock.extend(
                new ExtensionRequest("manager1", "情况复杂", at("2026-03-10T10:00:00"), null),
                COMPLAINT_RULES,
                at("2026-03-10T10:00:00"),
                policy);
        assertThat(extension.step()).isEqualTo(1);
        assertThat(extension.previousDeadline()).isEqualTo(at("2026-03-18T00:00:00"));
        assertThat(clock.deadline()).isEqualTo(at("2026-04-02T00:00:00"));
        assertThat(extension.newDeadline()).isEqualTo(clock.deadline());
    }

    @Test
    void anExtensionInHoursOfADayClockCountsOnFromItsDeadline() {
        ServiceClock clock = clock(1, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        clock.extend(
                new ExtensionRequest("m", "r", null, null),
                new ExtensionPolicy(
                        List.of(new ExtensionPolicy.Step(6, PeriodUnit.HOURS, null, null, false, false, null))),
                at("2026-03-03T10:00:00"),
                policy);
        assertThat(clock.deadline()).isEqualTo(at("2026-03-04T06:00:00"));
    }

    @Test
    void noMoreExtensionsThanTheStandardAllowsAreGranted() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        ExtensionRequest request = new ExtensionRequest("m", "r", at("2026-03-03T10:00:00"), null);
        clock.extend(request, COMPLAINT_RULES, at("2026-03-03T10:00:00"), policy);
        clock.extend(request, COMPLAINT_RULES, at("2026-03-03T10:00:00"), policy);
        assertThatThrownBy(() -> clock.extend(request, COMPLAINT_RULES, at("2026-03-03T10:00:00"), policy))
                .hasMessageContaining("2 already granted");
    }

    @Test
    void anExtensionThatNeedsNoticeIsRefusedWithoutIt() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        assertThatThrownBy(() -> clock.extend(
                        new ExtensionRequest("m", "r", null, null), COMPLAINT_RULES, at("2026-03-03T10:00:00"), policy))
                .hasMessageContaining("customer to be told");
    }

    @Test
    void aNoticeGivenAfterTheOriginalDeadlineDoesNotAllowTheExtension() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        assertThatThrownBy(() -> clock.extend(
                        new ExtensionRequest("m", "r", at("2026-03-18T08:00:00"), null),
                        COMPLAINT_RULES,
                        at("2026-03-17T10:00:00"),
                        policy))
                .hasMessageContaining("before the deadline");
    }

    @Test
    void aStandardWithoutExtensionsRefusesOne() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        assertThatThrownBy(() -> clock.extend(
                        new ExtensionRequest("m", "r", null, null),
                        ExtensionPolicy.none(),
                        at("2026-03-02T10:01:00"),
                        policy))
                .hasMessageContaining("allows no extension");
    }

    @Test
    void aBreachedClockCannotBeExtended() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.markBreached(at("2026-03-02T10:05:00"));
        assertThatThrownBy(() -> clock.extend(
                        new ExtensionRequest("m", "r", null, null), COMPLAINT_RULES, at("2026-03-02T10:06:00"), policy))
                .hasMessageContaining("BREACHED");
    }

    @Test
    void pausesAndExtensionsCombine() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-04T10:00:00"), "MEDIATION");
        clock.resume(at("2026-03-05T10:00:00"), policy);
        clock.extend(
                new ExtensionRequest("m", "r", at("2026-03-06T10:00:00"), null),
                COMPLAINT_RULES,
                at("2026-03-06T10:00:00"),
                policy);
        // 2 March + 30 days + 2 excluded days = 3 April, ends 24:00.
        assertThat(clock.deadline()).isEqualTo(at("2026-04-04T00:00:00"));
    }

    // ---- cancel and restart ----

    @Test
    void aPausedClockCanBeCancelled() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-03T10:00:00"), "X");
        clock.cancel(at("2026-03-04T10:00:00"), "COMPLAINT_WITHDRAWN");
        assertThat(clock.state()).isEqualTo(ClockState.CANCELLED);
        assertThat(clock.pauses()).hasSize(1);
    }

    @Test
    void aBreachedClockCannotBeCancelled() {
        ServiceClock clock = clock(5, PeriodUnit.MINUTES, "2026-03-02T10:00:00");
        clock.markBreached(at("2026-03-02T10:05:00"));
        assertThatThrownBy(() -> clock.cancel(at("2026-03-02T10:06:00"), "X")).hasMessageContaining("BREACHED");
    }

    @Test
    void newFactsRestartTheLimitFromTheDayTheyArriveAndForgetOldPausesAndExtensions() {
        // 投诉办法第十八条第三款: 处理期限自收到新的投诉材料之日起重新计算.
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-03T10:00:00"), "X");
        clock.resume(at("2026-03-04T10:00:00"), policy);
        clock.warn(at("2026-03-10T10:00:00"));
        clock.restart(at("2026-03-12T09:00:00"), policy);
        assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
        assertThat(clock.startedAt()).isEqualTo(at("2026-03-12T09:00:00"));
        assertThat(clock.deadline()).isEqualTo(at("2026-03-28T00:00:00"));
        assertThat(clock.pauses()).isEmpty();
        assertThat(clock.warnedPercent()).isZero();
    }

    @Test
    void aCancelledClockCannotRestart() {
        ServiceClock clock = clock(15, PeriodUnit.CALENDAR_DAYS, "2026-03-02T10:00:00");
        clock.cancel(at("2026-03-03T10:00:00"), "X");
        assertThatThrownBy(() -> clock.restart(at("2026-03-04T10:00:00"), policy))
                .hasMessageContaining("CANCELLED");
    }

    // ---- timeline ----

    @Test
    void everyTransitionIsWrittenToTheTimeline() {
        ServiceClock clock = clock(2, PeriodUnit.HOURS, "2026-03-02T10:00:00");
        clock.pause(at("2026-03-02T10:30:00"), "X");
        clock.resume(at("2026-03-02T11:00:00"), policy);
        clock.meet(at("2026-03-02T11:30:00"), at("2026-03-02T11:30:00"), false, policy);
        assertThat(clock.drainTimeline())
                .extracting(TimelineEntry::kind)
                .containsExactly("STARTED", "PAUSED", "RESUMED", "MET");
        assertThat(clock.drainTimeline()).isEmpty();
    }
}
