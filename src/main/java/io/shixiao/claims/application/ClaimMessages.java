package io.shixiao.claims.application;

import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.Denial;
import io.shixiao.claims.domain.DocumentChecklist;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.MissingDocumentsNotice;
import io.shixiao.claims.domain.Payment;
import io.shixiao.organization.InsurerView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.message.CustomerMessageRequested;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The SMS the claimant receives, requested from the notification module's outbox with
 * {@link CustomerMessageRequested} inside the step's transaction (so a message exists exactly when the
 * step was committed), to the reporter's mobile from the report: 报案已受理 with the documents this kind of
 * claim needs (互助县投标方案 报案登记), the procedure once the accident is verified (浙江规范第七章 2.3.5), each notice of missing documents (保险法第二十二条第二款; 浙江规范第七章
 * 2.5.2), the approved decision (保险法第二十三条第一款; 浙江规范第七章 2.7.3), the payment (互助县投标方案 理赔支付)
 * and the denial notice sent (保险法第二十四条; 浙江规范第七章 2.7.4).
 * The signature and the hotline are the insurer's as the organisation registers them; the messages after the
 * report that concern the handling name the 工号 of the claim's 查勘定损人员 (浙江规范第三章 2.2).
 */
@Component
class ClaimMessages {

    static final String SOURCE = "CLAIM/";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ShanghaiTime.ZONE);

    /** SMS go out in Chinese whatever the language of the staff member taking the step. */
    private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ApplicationEventPublisher events;
    private final OrganizationDirectory organization;
    private final PiiCipher cipher;
    private final MessageSource messages;
    private final ClaimStaffNumbers staffNumbers;

    ClaimMessages(
            ApplicationEventPublisher events,
            OrganizationDirectory organization,
            PiiCipher cipher,
            MessageSource messages,
            ClaimStaffNumbers staffNumbers) {
        this.events = events;
        this.organization = organization;
        this.cipher = cipher;
        this.messages = messages;
        this.staffNumbers = staffNumbers;
    }

    /** 报案已受理, listing the documents to prepare for this kind of claim. */
    void reported(Claim claim) {
        InsurerView insurer = insurer(claim);
        send(
                claim,
                "CLAIM_REPORT_ACK",
                Map.of(
                        "insurerName", insurer.shortName(),
                        "claimNo", claim.claimNo(),
                        "documents",
                                labels(DocumentChecklist.required(claim.report().kind())),
                        "hotline", insurer.hotline()));
    }

    /**
     * C09, 浙江规范第七章 2.3.5 「查证事故情况后,须向客户告知理赔所需手续。」: once the survey (on site or not) has
     * verified the accident, the documents this kind of claim needs and the steps to payment. A claim is
     * surveyed once (a reopening resumes after the survey), so this goes out once per claim.
     */
    void accidentVerified(Claim claim) {
        InsurerView insurer = insurer(claim);
        send(
                claim,
                "CLAIM_PROCEDURE",
                Map.of(
                        "insurerName", insurer.shortName(),
                        "claimNo", claim.claimNo(),
                        "documents",
                                labels(DocumentChecklist.required(claim.report().kind())),
                        "hotline", insurer.hotline()));
    }

    /** The items a notice of missing documents asks for; the written notice is the PDF. */
    void missingDocuments(Claim claim, MissingDocumentsNotice notice) {
        send(
                claim,
                "MISSING_DOCUMENTS_NOTICE",
                Map.of(
                        "insurerName", insurer(claim).shortName(),
                        "claimNo", claim.claimNo(),
                        "items", labels(notice.items()),
                        "staffNo", staffNo(claim)));
    }

    /**
     * 核定结果 (C15, 保险法第二十三条第一款 「保险人应当将核定结果通知被保险人或者受益人」): told once the adjusted
     * amount is approved (核赔), since only then is it the insurer's decision (浙江规范第七章 2.7.3 names it the
     * 核赔结果); a refusal is told by the denial notice instead (第二十四条).
     */
    void decided(Claim claim) {
        InsurerView insurer = insurer(claim);
        send(
                claim,
                "CLAIM_DECIDED",
                Map.of(
                        "insurerName", insurer.shortName(),
                        "claimNo", claim.claimNo(),
                        "amount", claim.payable().toString(),
                        "hotline", insurer.hotline()));
    }

    /** 赔款已支付: amount, day and the last four digits of the account paid to. */
    void paid(Claim claim, Payment payment) {
        String masked = payment.accountMasked();
        send(
                claim,
                "CLAIM_PAID_STAFF_NO",
                Map.of(
                        "insurerName", insurer(claim).shortName(),
                        "claimNo", claim.claimNo(),
                        "amount", payment.amount().toString(),
                        "paidOn", day(payment.paidAt()),
                        "accountTail", masked.substring(Math.max(0, masked.length() - 4)),
                        "staffNo", staffNo(claim)));
    }

    /** The denial notice went out: the decision's and the notice's days; reasons and clauses are on the notice. */
    void denialNoticeSent(Claim claim, Denial denial) {
        InsurerView insurer = insurer(claim);
        send(
                claim,
                "CLAIM_DENIED",
                Map.of(
                        "insurerName", insurer.shortName(),
                        "claimNo", claim.claimNo(),
                        "decidedOn", day(denial.deniedAt()),
                        "noticeOn", day(Objects.requireNonNull(denial.noticeSentAt())),
                        "hotline", insurer.hotline(),
                        "staffNo", staffNo(claim)));
    }

    /**
     * The 工号 of the claim's 查勘定损人员, which every message about a handled claim names (浙江规范第三章 2.2, seed C19:
     * 「不得拒绝客户提出的查询工号的要求」). These messages follow the dispatch, so a surveyor is always assigned; the
     * dash only keeps a message from being held back if one is not.
     */
    private String staffNo(Claim claim) {
        return staffNumbers.surveyorOf(claim).orElse("—");
    }

    private void send(Claim claim, String template, Map<String, String> values) {
        String mobile = Objects.requireNonNull(cipher.decrypt(claim.report().reporterMobileEncrypted()));
        events.publishEvent(new CustomerMessageRequested(
                template, claim.insurerId(), claim.orgPath(), SOURCE + claim.claimNo(), mobile, values));
    }

    private InsurerView insurer(Claim claim) {
        return organization
                .insurer(claim.insurerId())
                .orElseThrow(() -> new IllegalStateException("no insurer " + claim.insurerId()));
    }

    /** The items in checklist order, as the claims bundle names them in Chinese. */
    private String labels(Collection<DocumentItem> items) {
        return items.stream()
                .sorted()
                .map(item -> Objects.requireNonNullElse(
                        messages.getMessage("enum.DocumentItem." + item.name(), null, item.name(), SMS_LOCALE),
                        item.name()))
                .collect(Collectors.joining("、"));
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }
}
