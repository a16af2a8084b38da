package io.shixiao.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.complaints.ContactUsers.User;
import io.shixiao.complaints.application.ComplaintDetail;
import io.shixiao.complaints.application.ComplaintHandling;
import io.shixiao.complaints.application.ComplaintHandling.DecisionInput;
import io.shixiao.complaints.application.ComplaintIntake;
import io.shixiao.complaints.application.ConsultationDesk;
import io.shixiao.complaints.application.ConsultationRow;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ComplaintStatus;
import io.shixiao.complaints.domain.ConsultationStatus;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.complaints.domain.Pause;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * Complaints walked through every clock rule of 投诉办法 on the packaged catalog and the CN calendar, the
 * application's clock set to the day of each step. Deadlines worked out by hand: CPL-18 counts natural days
 * (第四十三条) without a rest-day roll and ends at 24:00 of its last day; ZJ-COMPLAINT counts working days.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class ComplaintClockTests {

    @Autowired
    ComplaintHandling complaints;

    @Autowired
    ConsultationDesk consultations;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MutableClock clock;

    User handler;
    User manager;

    @BeforeEach
    void staffOfTheZhejiangBranch() {
        OrgUnitView branch = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        handler = ContactUsers.at(branch, Role.COMPLAINT_HANDLER);
        manager = ContactUsers.at(branch, Role.MANAGER);
    }

    private static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(ShanghaiTime.ZONE).toInstant();
    }

    /** The end of {@code day} in 时间 terms: 24:00 Shanghai, i.e. 00:00 of the next day. */
    private static Instant endOf(String day) {
        return at(day + "T00:00").plus(Duration.ofDays(1));
    }

    private StepTime now() {
        return new StepTime(clock.instant(), null);
    }

    private ComplaintDetail receivedOn(String shanghai, ContactChannel channel) {
        clock.set(at(shanghai));
        ComplaintDetail detail = complaints.register(
                new ComplaintIntake(
                        channel,
                        ComplaintCategory.CLAIM_SPEED,
                        ProductLine.MOTOR,
                        "车损理赔迟迟未付款",
                        "尽快支付赔款并说明原因",
                        List.of(new ComplaintIntake.Person("王小明", "13800138000")),
                        "PDAA202633010000001",
                        null,
                        null,
                        null,
                        false,
                        null,
                        null),
                handler);
        complaints.assign(detail.record().complaint().number(), null, null, "李投诉", handler);
        return detail;
    }

    private ClockView clock(String number, String standard) {
        return complaints.detail(number, handler.dataScope()).clocks().stream()
                .filter(c -> c.standardCode().equals(standard))
                .reduce((first, later) -> later)
                .orElseThrow(() -> new AssertionError(standard + " is not on complaint " + number));
    }

    private void decide(String number) {
        complaints.decide(
                number, new DecisionInput(false, "调取了定损记录和通话录音", "保险合同第十条", "已按约定时限支付", null), now(), handler);
    }

    @Test
    void aSimpleComplaintIsDecidedWithinFifteenNaturalDaysThatRunThroughTheNationalDayBlock() {
        String number = receivedOn("2026-09-28T10:00", ContactChannel.HOTLINE)
                .record()
                .complaint()
                .number();

        // 第十八条: Mon 28 Sep + 15 = Tue 13 Oct; the 国庆 holidays 1–7 Oct count as natural days.
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-13"));
        // 浙江规范第八章 3.5 (a motor complaint at a 浙江 branch): 3 working days — Tue 29 Sep, Wed 30 Sep, then Thu 8 Oct after
        // the holiday block.
        assertThat(clock(number, "ZJ-COMPLAINT").deadline()).isEqualTo(endOf("2026-10-08"));

        clock.set(at("2026-09-29T16:00"));
        complaints.acknowledge(number, "您好，已收到您的投诉，我们将在核实后尽快答复。", now(), handler);
        assertThat(clock(number, "ZJ-COMPLAINT").state()).isEqualTo(ClockState.MET);

        clock.set(at("2026-10-12T11:00"));
        decide(number);
        assertThat(clock(number, "CPL-18").state()).isEqualTo(ClockState.MET);
        assertThat(complaints
                        .detail(number, handler.dataScope())
                        .record()
                        .complaint()
                        .status())
                .isEqualTo(ComplaintStatus.DECIDED);
    }

    @Test
    void aComplexComplaintRunsThirtyDaysAndAnEspeciallyComplexOneSixtyOnlyWithAManagersApprovalAndNotice() {
        // Sun 20 Sep is an adjusted working day; + 15 = Mon 5 Oct, a holiday that does not roll (D9).
        String number = receivedOn("2026-09-20T09:00", ContactChannel.LETTER)
                .record()
                .complaint()
                .number();
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-05"));

        clock.set(at("2026-09-25T10:00"));
        complaints.markComplex(number, "需调取三方通话录音核实", handler);
        // 情况复杂的可以延长至30日: 20 Sep + 30 = 20 Oct.
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-20"));

        clock.set(at("2026-10-15T10:00"));
        assertThatThrownBy(() -> complaints.markEspeciallyComplex(number, "涉及多家机构", null, manager))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("complainantToldAt");
        assertThatThrownBy(() -> complaints.markEspeciallyComplex(number, "涉及多家机构", at("2026-10-15T09:30"), handler))
                .isInstanceOf(AccessDeniedException.class);
        complaints.markEspeciallyComplex(number, "涉及多家机构", at("2026-10-15T09:30"), manager);
        // 再延长30日: 60 natural days, 20 Sep + 60 = Thu 19 Nov.
        ClockView decision = clock(number, "CPL-18");
        assertThat(decision.deadline()).isEqualTo(endOf("2026-11-19"));
        assertThat(decision.extensionsGranted()).isEqualTo(2);
        assertThat(complaints.detail(number, handler.dataScope()).timeline())
                .extracting(e -> e.step())
                .contains("MARKED_COMPLEX", "MARKED_ESPECIALLY_COMPLEX", "COMPLAINANT_TOLD_OF_EXTENSION");
    }

    @Test
    void anAppraisalTheComplainantWasToldOfAndAMediationAreNotCounted() {
        String number = receivedOn("2026-09-28T10:00", ContactChannel.HOTLINE)
                .record()
                .complaint()
                .number();

        clock.set(at("2026-09-30T09:00"));
        assertThatThrownBy(() -> complaints.pause(number, Pause.APPRAISAL, "委托公估机构鉴定", false, now(), handler))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("complainantNotified");
        complaints.pause(number, Pause.APPRAISAL, "委托公估机构鉴定，已电话告知投诉人", true, now(), handler);
        assertThat(clock(number, "CPL-18").state()).isEqualTo(ClockState.PAUSED);

        clock.set(at("2026-10-02T16:00"));
        complaints.resume(number, Pause.APPRAISAL, "鉴定报告已出", now(), handler);
        // DAYS_BETWEEN (docs/standards-catalog.md, 投诉办法第十八条第二款): only 1 Oct, strictly between the start
        // and end days, is left out: 13 Oct + 1 = 14 Oct.
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-14"));

        clock.set(at("2026-10-05T10:00"));
        complaints.pause(number, Pause.MEDIATION, "双方同意由行业协会调解", false, now(), handler);
        clock.set(at("2026-10-05T15:00"));
        complaints.resume(number, Pause.MEDIATION, "调解结束", now(), handler);
        // 第二十三条: a mediation that ends the day it starts leaves no whole day out → still 14 Oct.
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-14"));

        clock.set(at("2026-10-08T09:00"));
        complaints.pause(number, Pause.MEDIATION, "再次调解", false, now(), handler);
        clock.set(at("2026-10-12T17:00"));
        complaints.resume(number, Pause.MEDIATION, "调解结束", now(), handler);
        // 9, 10 and 11 Oct lie strictly between 8 and 12 Oct → 14 + 3 = 17 Oct.
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-17"));
    }

    @Test
    void newFactsRestartTheFifteenDaysAndAWithdrawalEndsTheClocksThatDay() {
        String number = receivedOn("2026-09-28T10:00", ContactChannel.ONLINE)
                .record()
                .complaint()
                .number();

        clock.set(at("2026-10-03T14:00"));
        complaints.newFacts(number, "投诉人补充提交了维修发票", now(), handler);
        // 第十八条第三款: 3 Oct + 15 = 18 Oct.
        assertThat(clock(number, "CPL-18").deadline()).isEqualTo(endOf("2026-10-18"));

        clock.set(at("2026-10-09T09:00"));
        complaints.withdraw(number, "投诉人来电撤回", now(), handler);
        assertThat(clock(number, "CPL-18").state()).isEqualTo(ClockState.CANCELLED);
        assertThatThrownBy(() -> decide(number)).hasMessageContaining("WITHDRAWN");
    }

    @Test
    void aReviewIsDecidedWithinThirtyDaysOfTheRequest() {
        String number = receivedOn("2026-09-28T10:00", ContactChannel.HOTLINE)
                .record()
                .complaint()
                .number();
        clock.set(at("2026-10-09T10:00"));
        decide(number);

        clock.set(at("2026-10-12T10:00"));
        complaints.requestReview(number, "投诉人书面申请核查", now(), handler);
        // 第二十条: 12 Oct + 30 = Wed 11 Nov.
        assertThat(clock(number, "CPL-20").deadline()).isEqualTo(endOf("2026-11-11"));

        clock.set(at("2026-11-02T10:00"));
        complaints.decideReview(number, "维持原处理决定", now(), handler);
        assertThat(clock(number, "CPL-20").state()).isEqualTo(ClockState.MET);
        assertThat(complaints
                        .detail(number, handler.dataScope())
                        .record()
                        .complaint()
                        .status())
                .isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void aBackDatedDecisionNeedsAReasonAndCannotTurnTheBreachIntoAMetDeadline() {
        String number = receivedOn("2026-09-28T10:00", ContactChannel.HOTLINE)
                .record()
                .complaint()
                .number();
        clock.set(at("2026-10-20T10:00"));
        DecisionInput decision = new DecisionInput(true, "核实属实", "保险合同第十条", "理赔超时", null);

        assertThatThrownBy(() ->
                        complaints.decide(number, decision, StepTime.of(at("2026-10-12T10:00"), null, clock), handler))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lateReason");
        complaints.decide(number, decision, StepTime.of(at("2026-10-12T10:00"), "纸质决定书已于当日寄出，系统补录", clock), handler);

        ClockView cpl18 = clock(number, "CPL-18");
        assertThat(cpl18.lateStop()).isTrue();
        assertThat(cpl18.state()).isEqualTo(ClockState.BREACHED);
        assertThat(complaints.detail(number, handler.dataScope()).timeline())
                .filteredOn(e -> e.step().equals("DECIDED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.occurredAt()).isEqualTo(at("2026-10-12T10:00"));
                    assertThat(e.recordedAt()).isEqualTo(at("2026-10-20T10:00"));
                    assertThat(e.lateReason()).contains("补录");
                });
    }

    @Test
    void aConsultationConvertedIntoAComplaintStopsItsClockAndStartsTheComplaints() {
        clock.set(at("2026-03-16T10:00"));
        ConsultationRow consultation = consultations.receive(
                new ConsultationDesk.NewConsultation(
                        ContactChannel.HOTLINE,
                        ComplaintCategory.CLAIM_SPEED,
                        "赵六",
                        "13900139000",
                        "理赔款什么时候到账？",
                        false,
                        null,
                        null,
                        null),
                handler);
        // 服务质量协议 1.2(1), 安澜's agreement: 10 working days from Mon 16 Mar → Mon 30 Mar.
        ClockView consult = consultations.clocksOf(consultation).stream()
                .filter(c -> c.standardCode().equals("AGR-CONSULT"))
                .findFirst()
                .orElseThrow();
        assertThat(consult.deadline()).isEqualTo(endOf("2026-03-30"));

        clock.set(at("2026-03-17T09:00"));
        ComplaintDetail complaint = consultations.convert(consultation.number(), null, "要求三日内付款", null, null, handler);

        ConsultationRow converted = consultations.find(consultation.number(), handler.dataScope());
        assertThat(converted.status()).isEqualTo(ConsultationStatus.CONVERTED);
        assertThat(converted.convertedTo())
                .isEqualTo(complaint.record().complaint().number());
        assertThat(consultations.clocksOf(converted))
                .filteredOn(c -> c.standardCode().equals("AGR-CONSULT"))
                .singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(ClockState.MET));
        assertThat(complaint.clocks())
                .filteredOn(c -> c.standardCode().equals("CPL-18"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.startedAt()).isEqualTo(at("2026-03-17T09:00"));
                    assertThat(c.deadline()).isEqualTo(endOf("2026-04-01"));
                });
        assertThat(complaint.record().consultationNumber()).isEqualTo(consultation.number());
        assertThat(complaint.complainants()).singleElement().satisfies(p -> {
            assertThat(p.nameMasked()).isEqualTo("赵*");
            assertThat(p.mobileMasked()).isEqualTo("139****9000");
        });
    }
}
