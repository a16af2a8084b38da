package io.shixiao.complaints.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question taken at the hotline, an outlet or online (咨询). It is answered, or taken up as a complaint:
 * the conversion is the insurer's response to the consultation, so its clock stops there and the
 * complaint's clocks start.
 */
public final class Consultation {

    private final @Nullable Long id;
    private final String number;
    private final long insurerId;
    private final long orgUnitId;
    private final String orgPath;
    private final ContactChannel channel;
    private final ComplaintCategory category;
    private final @Nullable String customerName;
    private final @Nullable String customerMobile;
    private final String question;
    private final boolean claimInquiry;
    private final Instant receivedAt;
    private ConsultationStatus status;
    private @Nullable String answer;
    private @Nullable Instant answeredAt;
    private @Nullable String convertedTo;
    private final int version;

    /** Everything a consultation holds, as stored. */
    public record State(
            @Nullable Long id,
            String number,
            long insurerId,
            long orgUnitId,
            String orgPath,
            ContactChannel channel,
            ComplaintCategory category,
            @Nullable String customerName,
            @Nullable String customerMobile,
            String question,
            boolean claimInquiry,
            Instant receivedAt,
            ConsultationStatus status,
            @Nullable String answer,
            @Nullable Instant answeredAt,
            @Nullable String convertedTo,
            int version) {}

    private Consultation(State s) {
        this.id = s.id();
        this.number = s.number();
        this.insurerId = s.insurerId();
        this.orgUnitId = s.orgUnitId();
        this.orgPath = s.orgPath();
        this.channel = s.channel();
        this.category = s.category();
        this.customerName = s.customerName();
        this.customerMobile = s.customerMobile();
        this.question = s.question();
        this.claimInquiry = s.claimInquiry();
        this.receivedAt = s.receivedAt();
        this.status = s.status();
        this.answer = s.answer();
        this.answeredAt = s.answeredAt();
        this.convertedTo = s.convertedTo();
        this.version = s.version();
    }

    public static Consultation restore(State state) {
        return new Consultation(state);
    }

    /** A consultation received at {@code receivedAt}; the question is required. */
    public static Consultation receive(
            String number,
            long insurerId,
            long orgUnitId,
            String orgPath,
            ContactChannel channel,
            ComplaintCategory category,
            @Nullable String customerName,
            @Nullable String customerMobile,
            String question,
            boolean claimInquiry,
            Instant receivedAt) {
        if (question == null || question.isBlank()) {
            throw new TransitionRefused("question", "A consultation states the question");
        }
        return new Consultation(new State(
                null,
                number,
                insurerId,
                orgUnitId,
                orgPath,
                channel,
                category,
                blankToNull(customerName),
                blankToNull(customerMobile),
                question.strip(),
                claimInquiry,
                receivedAt,
                ConsultationStatus.OPEN,
                null,
                null,
                null,
                0));
    }

    /** 答复: only an open consultation is answered. */
    public void answer(String text, Instant at) {
        requireOpen("answer");
        if (text == null || text.isBlank()) {
            throw new TransitionRefused("answer", "An answer is required");
        }
        if (at.isBefore(receivedAt)) {
            throw new TransitionRefused("answeredAt", "A consultation is answered after it was received");
        }
        this.answer = text.strip();
        this.answeredAt = at;
        this.status = ConsultationStatus.ANSWERED;
    }

    /** 转投诉: an open consultation becomes complaint {@code complaintNumber}. */
    public void convertTo(String complaintNumber, Instant at) {
        requireOpen("convert");
        this.convertedTo = complaintNumber;
        this.answeredAt = at;
        this.status = ConsultationStatus.CONVERTED;
    }

    private void requireOpen(String action) {
        if (status != ConsultationStatus.OPEN) {
            throw new TransitionRefused("status", "The consultation is " + status + "; you cannot " + action + " it");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public State state() {
        return new State(
                id,
                number,
                insurerId,
                orgUnitId,
                orgPath,
                channel,
                category,
                customerName,
                customerMobile,
                question,
                claimInquiry,
                receivedAt,
                status,
                answer,
                answeredAt,
                convertedTo,
                version);
    }

    public String number() {
        return number;
    }

    public ConsultationStatus status() {
        return status;
    }
}
