package io.shixiao.feedback;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callbacks of one customer for the staff's one-customer view: those after the payment of the customer's
 * claims and after the closure of the customer's complaints. Limited to {@code scope}, so another insurer's
 * callbacks are absent; newest first, at most 200.
 */
@Component
@Transactional(readOnly = true)
public class CallbacksOfCustomer {

    private static final int LONGEST_LIST = 200;

    private final JdbcClient jdbc;

    CallbacksOfCustomer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A callback as the one-customer view lists it; the mobile masked.
     *
     * @param source {@code CLAIM_PAYMENT} or {@code COMPLAINT_CLOSURE}
     * @param status {@code enum.CallbackStatus.<status>} on pages
     * @param reason {@code enum.CallbackReason.<reason>} on pages
     */
    public record CustomerCallback(
            long id,
            long insurerId,
            String source,
            String caseNumber,
            String reason,
            String status,
            int attempts,
            int maxAttempts,
            Instant createdAt,
            @Nullable Instant completedAt,
            @Nullable String mobileMasked) {}

    /** The callbacks after the payment of any of {@code claimNos} or the closure of any of {@code complaintNos}. */
    public List<CustomerCallback> find(Collection<String> claimNos, Collection<String> complaintNos, DataScope scope) {
        if (claimNos.isEmpty() && complaintNos.isEmpty()) {
            return List.of();
        }
        ScopeSql visible = ScopeSql.over("insurer_id", "org_path", scope);
        return jdbc.sql("""
                select id, insurer_id, source, case_number, reason, status, attempts, max_attempts, created_at,
                       completed_at, mobile_masked
                  from callback_task
                 where ((source = 'CLAIM_PAYMENT' and case_number = any(:claims))
                        or (source = 'COMPLAINT_CLOSURE' and case_number = any(:complaints)))
                   and\s""" + visible.predicate() + " order by created_at desc, id desc limit " + LONGEST_LIST)
                .param("claims", claimNos.toArray(String[]::new))
                .param("complaints", complaintNos.toArray(String[]::new))
                .params(visible.params())
                .query((rs, n) -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    return new CustomerCallback(
                            rs.getLong("id"),
                            rs.getLong("insurer_id"),
                            rs.getString("source"),
                            rs.getString("case_number"),
                            rs.getString("reason"),
                            rs.getString("status"),
                            rs.getInt("attempts"),
                            rs.getInt("max_attempts"),
                            rs.getTimestamp("created_at").toInstant(),
                            completed == null ? null : completed.toInstant(),
                            rs.getString("mobile_masked"));
                })
                .list();
    }
}
