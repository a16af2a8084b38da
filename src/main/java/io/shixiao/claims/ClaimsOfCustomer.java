package io.shixiao.claims;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims of one customer for the staff's one-customer view: the claims under the customer's policies and
 * the claims the customer named. Every read is limited to {@code scope}, so another insurer's claims are
 * absent. Newest report first, at most 200.
 */
@Component
@Transactional(readOnly = true)
public class ClaimsOfCustomer {

    private static final int LONGEST_LIST = 200;

    private final JdbcClient jdbc;

    ClaimsOfCustomer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A claim as the one-customer view lists it.
     *
     * @param status the claim's state as the claims module names it ({@code enum.ClaimStatus.<status>} on pages)
     * @param amount the amount assessed, adjusted or paid so far
     */
    public record CustomerClaim(
            String claimNo,
            long insurerId,
            String policyNo,
            ClaimKind kind,
            String status,
            Instant lossAt,
            Instant reportedAt,
            BigDecimal amount) {

        public CustomerClaim {
            Objects.requireNonNull(claimNo, "claimNo");
            Objects.requireNonNull(status, "status");
        }
    }

    /** A policy of one insurer, as a claim names it. */
    public record PolicyKey(long insurerId, String policyNo) {}

    /** The claims under any of {@code policies} or numbered in {@code claimNos}. */
    public List<CustomerClaim> find(Collection<PolicyKey> policies, Collection<String> claimNos, DataScope scope) {
        if (policies.isEmpty() && claimNos.isEmpty()) {
            return List.of();
        }
        ScopeSql visible = ScopeSql.over("insurer_id", "org_path", scope);
        return jdbc.sql("""
                select claim_no, insurer_id, policy_no, kind, status, loss_at, reported_at, amount from claim
                 where ((insurer_id, policy_no) in (select * from unnest(:insurers, :policies))
                        or claim_no = any(:claimNos))
                   and\s""" + visible.predicate() + " order by reported_at desc, id desc limit " + LONGEST_LIST)
                .param("insurers", policies.stream().map(PolicyKey::insurerId).toArray(Long[]::new))
                .param("policies", policies.stream().map(PolicyKey::policyNo).toArray(String[]::new))
                .param("claimNos", claimNos.toArray(String[]::new))
                .params(visible.params())
                .query((rs, n) -> new CustomerClaim(
                        rs.getString("claim_no"),
                        rs.getLong("insurer_id"),
                        rs.getString("policy_no"),
                        ClaimKind.valueOf(rs.getString("kind")),
                        rs.getString("status"),
                        rs.getTimestamp("loss_at").toInstant(),
                        rs.getTimestamp("reported_at").toInstant(),
                        rs.getBigDecimal("amount")))
                .list();
    }
}
