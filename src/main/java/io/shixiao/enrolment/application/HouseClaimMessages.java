package io.shixiao.enrolment.application;

import io.shixiao.organization.InsurerView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.message.CustomerMessageRequested;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household's SMS at a house claim's report (R13 报案受理短信: the report is accepted, prepare these
 * documents) and payment (R15 理赔支付短信: paid to the designated account), requested inside the step's
 * transaction; the notification module writes it to its outbox in that transaction. A household without
 * a valid mobile number gets none: the step's audit row says so, and no outbox row is written.
 */
@Component
class HouseClaimMessages {

    /**
     * 投标方案 保险理赔环节 报案受理: 「向农户告知理赔所需的资料和流程,如保险合同、身份证、房屋损失照片、事故证明等」;
     * the bank account because payment goes only to the household's own account (R15).
     */
    static final String DOCUMENTS = "保险合同（保险凭证）、户主身份证、户口簿、房屋损失照片、事故证明、户主本人银行账户";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private final JdbcClient jdbc;
    private final PiiCipher pii;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;

    HouseClaimMessages(
            JdbcClient jdbc, PiiCipher pii, OrganizationDirectory organization, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.pii = pii;
        this.organization = organization;
        this.events = events;
    }

    /** The insurer's name and hotline as its messages give them. */
    record Sender(String name, String hotline) {}

    Sender senderOf(Scheme scheme) {
        InsurerView insurer = organization
                .insurer(scheme.insurerId())
                .orElseThrow(
                        () -> new IllegalStateException("the scheme's insurer " + scheme.insurerId() + " is gone"));
        return new Sender(insurer.shortName(), insurer.hotline());
    }

    /** R13: the report is accepted; returns whether a message was requested (false: no valid mobile). */
    boolean reportAccepted(Scheme scheme, Sender sender, ClaimView claim) {
        return request(
                "CLAIM_REPORT_ACK",
                scheme,
                claim,
                contact -> Map.of(
                        "insurerName", sender.name(),
                        "claimNo", claim.claimNo(),
                        "documents", DOCUMENTS,
                        "hotline", sender.hotline()));
    }

    /** R15: the indemnity is paid to the household's account; returns whether a message was requested. */
    boolean paid(Scheme scheme, ClaimView claim) {
        Sender sender = senderOf(scheme);
        Instant paidAt = Objects.requireNonNull(claim.paidAt(), "paid");
        long indemnity = claim.indemnity() == null ? 0 : claim.indemnity();
        return request(
                "CLAIM_PAID",
                scheme,
                claim,
                contact -> Map.of(
                        "insurerName", sender.name(),
                        "claimNo", claim.claimNo(),
                        "amount", BigDecimal.valueOf(indemnity, 2).toPlainString(),
                        "paidOn", DAY.format(paidAt.atZone(ShanghaiTime.ZONE)),
                        "accountTail", contact.accountTail()));
    }

    /** What the household's message needs from its encrypted record. */
    private record Contact(String mobile, String accountTail) {}

    private interface Values {
        Map<String, String> of(Contact contact);
    }

    private boolean request(String template, Scheme scheme, ClaimView claim, Values values) {
        Contact contact = jdbc.sql("select phone, bank_account from rural_household where id = :id")
                .param("id", claim.householdId())
                .query((rs, n) -> new Contact(plain(rs.getString("phone")), tail(plain(rs.getString("bank_account")))))
                .single();
        if (!MobileNumber.isValid(contact.mobile())) {
            return false;
        }
        events.publishEvent(new CustomerMessageRequested(
                template,
                scheme.insurerId(),
                scheme.orgPath(),
                "RURAL-CLAIM/" + claim.claimNo(),
                contact.mobile(),
                values.of(contact)));
        return true;
    }

    private String plain(@Nullable String stored) {
        String plain = pii.decrypt(stored);
        return plain == null ? "" : plain.replace(" ", "").strip();
    }

    private static String tail(String account) {
        return account.length() <= 4 ? account : account.substring(account.length() - 4);
    }
}
