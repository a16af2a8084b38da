package io.shixiao.complaints.web;

import io.shixiao.complaints.application.ComplaintDetail;
import io.shixiao.complaints.application.TimelineEntry;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.Decision;
import io.shixiao.servicelevel.ClockView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A complaint as the API answers it; complainants masked. */
record ComplaintResponse(
        String number,
        String status,
        String channel,
        String category,
        @Nullable String productLine,
        String content,
        String customerRequest,
        List<Person> complainants,
        @Nullable String policyNumber,
        @Nullable String claimNumber,
        @Nullable String consultationNumber,
        long orgUnitId,
        @Nullable String handlerName,
        String complexity,
        @Nullable String paused,
        boolean major,
        Instant receivedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable DecisionBody decision,
        @Nullable Instant decidedAt,
        @Nullable Instant closedAt,
        @Nullable String reviewResult,
        List<Clock> clocks,
        List<Step> timeline,
        List<RemedyResponse> remedies,
        int version) {

    record Person(String name, @Nullable String mobile) {}

    record DecisionBody(boolean upheld, String factsVerified, String basis, String reasons, String remediesOpen) {}

    /** A clock from the engine: the standard, the step it binds and its deadline. */
    record Clock(
            String standardCode,
            String step,
            String title,
            String state,
            Instant startedAt,
            Instant deadline,
            @Nullable Instant stoppedAt,
            int extensionsGranted) {

        static Clock of(ClockView c) {
            return new Clock(
                    c.standardCode(),
                    c.step(),
                    c.title(),
                    c.state().name(),
                    c.startedAt(),
                    c.deadline(),
                    c.stoppedAt(),
                    c.extensionsGranted());
        }
    }

    /** A timeline entry; a back-dated one names its reason. */
    record Step(
            String step,
            Instant occurredAt,
            Instant recordedAt,
            String recordedBy,
            @Nullable String note,
            @Nullable String lateReason) {

        static Step of(TimelineEntry e) {
            return new Step(e.step(), e.occurredAt(), e.recordedAt(), e.recordedBy(), e.note(), e.lateReason());
        }
    }

    static ComplaintResponse of(ComplaintDetail detail) {
        Complaint.State s = detail.record().complaint().state();
        Decision d = s.decision();
        return new ComplaintResponse(
                s.number(),
                s.status().name(),
                s.channel().name(),
                s.category().name(),
                detail.record().productLine() == null
                        ? null
                        : detail.record().productLine().name(),
                s.content(),
                s.customerRequest(),
                detail.complainants().stream()
                        .map(p -> new Person(p.nameMasked(), p.mobileMasked()))
                        .toList(),
                detail.record().policyNumber(),
                detail.record().claimNumber(),
                detail.record().consultationNumber(),
                s.orgUnitId(),
                s.handlerName(),
                s.complexity().name(),
                s.paused() == null ? null : s.paused().name(),
                detail.record().complaint().major(),
                s.receivedAt(),
                s.acknowledgedAt(),
                d == null
                        ? null
                        : new DecisionBody(d.upheld(), d.factsVerified(), d.basis(), d.reasons(), d.remediesOpen()),
                s.decidedAt(),
                s.closedAt(),
                s.reviewResult(),
                detail.clocks().stream().map(Clock::of).toList(),
                detail.timeline().stream().map(Step::of).toList(),
                detail.remedies().stream().map(RemedyResponse::of).toList(),
                s.version());
    }
}
