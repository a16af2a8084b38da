package io.shixiao.complaints;

import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations and complaints of one customer for the staff's one-customer view. A customer's contact
 * is found by the keyed hash of the mobile the customer gave (never by a decrypted value), by the policies
 * and claims a complaint names, and through the complaints found: the consultation a complaint came from and
 * the consultations taken from the same complainant's mobile. Every read is limited to {@code scope}, so
 * another insurer's contacts are absent. Newest first, at most 200 of each.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintsOfCustomer {

    private static final int LONGEST_LIST = 200;

    private final JdbcClient jdbc;
    private final PiiCipher cipher;

    ComplaintsOfCustomer(JdbcClient jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * A complaint as the one-customer view lists it; names masked.
     *
     * @param status as the complaints module names it ({@code enum.ComplaintStatus.<status>} on pages)
     * @param category {@code enum.ComplaintCategory.<category>} on pages
     * @param complainants the complainants' names, masked, joined with 、
     */
    public record CustomerComplaint(
            String number,
            long insurerId,
            String status,
            String category,
            String channel,
            Instant receivedAt,
            @Nullable Instant closedAt,
            @Nullable String policyNumber,
            @Nullable String claimNumber,
            String complainants) {}

    /**
     * A consultation as the one-customer view lists it; name and mobile masked.
     *
     * @param status {@code enum.ConsultationStatus.<status>} on pages
     * @param convertedTo the complaint the consultation became, if it did
     */
    public record CustomerConsultation(
            String number,
            long insurerId,
            String status,
            String category,
            String channel,
            Instant receivedAt,
            @Nullable Instant answeredAt,
            @Nullable String customerNameMasked,
            @Nullable String customerMobileMasked,
            @Nullable String convertedTo) {}

    /** What one customer raised with the insurer. */
    public record Contacts(List<CustomerConsultation> consultations, List<CustomerComplaint> complaints) {

        public Contacts {
            consultations = List.copyOf(consultations);
            complaints = List.copyOf(complaints);
        }
    }

    /**
     * The contacts from {@code mobile} (when given) and the complaints naming any of {@code policyNumbers} or
     * {@code claimNumbers}, with the consultations linked to those complaints.
     */
    public Contacts find(
            @Nullable MobileNumber mobile,
            Collection<String> policyNumbers,
            Collection<String> claimNumbers,
            DataScope scope) {
        String hash = mobile == null ? null : cipher.hash(mobile.value());
        ScopeSql complaintScope = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        List<CustomerComplaint> complaints = jdbc.sql("""
                select c.number, c.insurer_id, c.status, c.category, c.channel, c.received_at, c.closed_at,
                       c.policy_number, c.claim_number,
                       (select string_agg(p.name_masked, '、' order by p.position)
                          from complainant p where p.complaint_id = c.id) complainants
                  from complaint c
                 where (c.policy_number = any(:policies) or c.claim_number = any(:claims)
                        or exists (select 1 from complainant p where p.complaint_id = c.id and p.mobile_hash = :hash))
                   and\s""" + complaintScope.predicate()
                        + " order by c.received_at desc, c.id desc limit " + LONGEST_LIST)
                .param("policies", policyNumbers.toArray(String[]::new))
                .param("claims", claimNumbers.toArray(String[]::new))
                .param("hash", hash, java.sql.Types.VARCHAR)
                .params(complaintScope.params())
                .query(ComplaintsOfCustomer::complaint)
                .list();
        String[] complaintNumbers =
                complaints.stream().map(CustomerComplaint::number).toArray(String[]::new);
        ScopeSql consultationScope = ScopeSql.over("q.insurer_id", "q.org_path", scope);
        List<CustomerConsultation> consultations = jdbc.sql("""
                select q.number, q.insurer_id, q.status, q.category, q.channel, q.received_at, q.answered_at,
                       q.customer_name_masked, q.customer_mobile_masked, q.converted_to
                  from consultation q
                 where (q.customer_mobile_hash = :hash
                        or q.converted_to = any(:complaints)
                        or q.number in (select c.consultation_number from complaint c where c.number = any(:complaints))
                        or q.customer_mobile_hash in (select p.mobile_hash from complainant p join complaint c
                                                        on c.id = p.complaint_id where c.number = any(:complaints)))
                   and\s""" + consultationScope.predicate()
                        + " order by q.received_at desc, q.id desc limit " + LONGEST_LIST)
                .param("hash", hash, java.sql.Types.VARCHAR)
                .param("complaints", complaintNumbers)
                .params(consultationScope.params())
                .query((rs, n) -> new CustomerConsultation(
                        rs.getString("number"),
                        rs.getLong("insurer_id"),
                        rs.getString("status"),
                        rs.getString("category"),
                        rs.getString("channel"),
                        rs.getTimestamp("received_at").toInstant(),
                        instant(rs, "answered_at"),
                        rs.getString("customer_name_masked"),
                        rs.getString("customer_mobile_masked"),
                        rs.getString("converted_to")))
                .list();
        return new Contacts(consultations, complaints);
    }

    private static CustomerComplaint complaint(ResultSet rs, int n) throws SQLException {
        String complainants = rs.getString("complainants");
        return new CustomerComplaint(
                rs.getString("number"),
                rs.getLong("insurer_id"),
                rs.getString("status"),
                rs.getString("category"),
                rs.getString("channel"),
                rs.getTimestamp("received_at").toInstant(),
                instant(rs, "closed_at"),
                rs.getString("policy_number"),
                rs.getString("claim_number"),
                complainants == null ? "" : complainants);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
