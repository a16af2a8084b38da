package io.shixiao.customer.web;

import io.shixiao.claims.ClaimsOfCustomer.CustomerClaim;
import io.shixiao.complaints.ComplaintsOfCustomer.CustomerComplaint;
import io.shixiao.complaints.ComplaintsOfCustomer.CustomerConsultation;
import io.shixiao.customer.CustomerFile;
import io.shixiao.feedback.CallbacksOfCustomer.CustomerCallback;
import io.shixiao.policies.PolicySummary;
import io.shixiao.servicelevel.ClockView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One customer's file as the API answers it: records grouped by kind, personal data masked, each case with its
 * clocks from the service-level engine.
 *
 * @param foundBy {@code idNumber}, {@code mobile} or {@code policyNo}
 * @param key the key masked (an ID number as 330106********1234, a mobile as 138****1234)
 * @param found whether anything in the caller's scope matched
 * @param openClocks clocks still waiting for their stop
 */
record CustomerResponse(
        String foundBy,
        String key,
        boolean found,
        long openClocks,
        List<PolicyItem> policies,
        List<ClaimItem> claims,
        List<ConsultationItem> consultations,
        List<ComplaintItem> complaints,
        List<CallbackItem> callbacks) {

    static CustomerResponse of(CustomerFile file) {
        return new CustomerResponse(
                file.key().kind().field(),
                file.key().masked(),
                file.found(),
                file.openClocks(),
                file.policies().stream().map(p -> PolicyItem.of(p, file)).toList(),
                file.claims().stream().map(c -> ClaimItem.of(c, file)).toList(),
                file.consultations().stream()
                        .map(q -> ConsultationItem.of(q, file))
                        .toList(),
                file.complaints().stream().map(c -> ComplaintItem.of(c, file)).toList(),
                file.callbacks().stream().map(CallbackItem::of).toList());
    }

    /** A clock of a case, as the engine reports it; {@code open} while it waits for its stop. */
    record ClockItem(
            UUID id,
            String standardCode,
            String title,
            String step,
            String state,
            boolean open,
            Instant startedAt,
            Instant deadline,
            @Nullable Instant pausedSince,
            @Nullable Instant stoppedAt) {

        static List<ClockItem> of(List<ClockView> clocks) {
            return clocks.stream()
                    .map(c -> new ClockItem(
                            c.id(),
                            c.standardCode(),
                            c.title(),
                            c.step(),
                            c.state().name(),
                            c.waitingForStop(),
                            c.startedAt(),
                            c.deadline(),
                            c.pausedSince(),
                            c.stoppedAt()))
                    .toList();
        }
    }

    record PolicyItem(
            String policyNo,
            String productLine,
            String status,
            Instant periodStart,
            Instant periodEnd,
            String insuredName,
            String insuredIdNumber,
            @Nullable String plate,
            List<ClockItem> clocks) {

        static PolicyItem of(PolicySummary p, CustomerFile file) {
            return new PolicyItem(
                    p.policyNo(),
                    p.productLine().name(),
                    p.status().name(),
                    p.periodStart(),
                    p.periodEnd(),
                    p.insuredNameMasked(),
                    p.insuredIdMasked(),
                    p.plate() == null ? null : p.plate().value(),
                    ClockItem.of(file.clocksOf(p)));
        }
    }

    record ClaimItem(
            String claimNo,
            String policyNo,
            String kind,
            String status,
            Instant lossAt,
            Instant reportedAt,
            BigDecimal amount,
            List<ClockItem> clocks) {

        static ClaimItem of(CustomerClaim c, CustomerFile file) {
            return new ClaimItem(
                    c.claimNo(),
                    c.policyNo(),
                    c.kind().name(),
                    c.status(),
                    c.lossAt(),
                    c.reportedAt(),
                    c.amount(),
                    ClockItem.of(file.clocksOf(c)));
        }
    }

    record ConsultationItem(
            String number,
            String status,
            String category,
            String channel,
            Instant receivedAt,
            @Nullable Instant answeredAt,
            @Nullable String customerName,
            @Nullable String customerMobile,
            @Nullable String convertedTo,
            List<ClockItem> clocks) {

        static ConsultationItem of(CustomerConsultation q, CustomerFile file) {
            return new ConsultationItem(
                    q.number(),
                    q.status(),
                    q.category(),
                    q.channel(),
                    q.receivedAt(),
                    q.answeredAt(),
                    q.customerNameMasked(),
                    q.customerMobileMasked(),
                    q.convertedTo(),
                    ClockItem.of(file.clocksOf(q)));
        }
    }

    record ComplaintItem(
            String number,
            String status,
            String category,
            String channel,
            Instant receivedAt,
            @Nullable Instant closedAt,
            @Nullable String policyNumber,
            @Nullable String claimNumber,
            String complainants,
            List<ClockItem> clocks) {

        static ComplaintItem of(CustomerComplaint c, CustomerFile file) {
            return new ComplaintItem(
                    c.number(),
                    c.status(),
                    c.category(),
                    c.channel(),
                    c.receivedAt(),
                    c.closedAt(),
                    c.policyNumber(),
                    c.claimNumber(),
                    c.complainants(),
                    ClockItem.of(file.clocksOf(c)));
        }
    }

    record CallbackItem(
            long id,
            String source,
            String caseNumber,
            String reason,
            String status,
            int attempts,
            int maxAttempts,
            Instant createdAt,
            @Nullable Instant completedAt,
            @Nullable String mobile) {

        static CallbackItem of(CustomerCallback c) {
            return new CallbackItem(
                    c.id(),
                    c.source(),
                    c.caseNumber(),
                    c.reason(),
                    c.status(),
                    c.attempts(),
                    c.maxAttempts(),
                    c.createdAt(),
                    c.completedAt(),
                    c.mobileMasked());
        }
    }
}
