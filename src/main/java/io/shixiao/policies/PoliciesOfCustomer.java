package io.shixiao.policies;

import io.shixiao.policies.application.PolicyFinder;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policies of one customer (a person who is the insured 被保险人 or the policyholder 投保人), for the staff's
 * one-customer view. The person is matched by the keyed hash of the resident ID number, never by a decrypted
 * value, and the hash never leaves this module. Every read is limited to {@code scope}: another insurer's
 * policies are absent. Newest period first, at most 200.
 */
@Component
@Transactional(readOnly = true)
public class PoliciesOfCustomer {

    private static final int LONGEST_LIST = 200;

    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final PolicyFinder finder;

    PoliciesOfCustomer(JdbcClient jdbc, PiiCipher cipher, PolicyFinder finder) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.finder = finder;
    }

    /** The policies on which the holder of {@code idNumber} is the insured or the policyholder. */
    public List<PolicySummary> byIdNumber(ResidentIdNumber idNumber, DataScope scope) {
        return summaries(
                "p.insured_id_hash = :hash or p.holder_id_hash = :hash", "hash", cipher.hash(idNumber.value()), scope);
    }

    /**
     * The policies of the insured of each policy numbered in {@code policyNos}: those policies themselves and
     * every other policy on which the same person is the insured or the policyholder. Numbers the scope does
     * not see find nothing.
     */
    public List<PolicySummary> ofTheInsuredOf(Collection<String> policyNos, DataScope scope) {
        if (policyNos.isEmpty()) {
            return List.of();
        }
        ScopeSql named = ScopeSql.over("nu", scope);
        String persons = "select n.insured_id_hash from policy n join org_unit nu on nu.id = n.issuing_unit_id"
                + " where n.policy_no = any(:numbers) and " + named.predicate();
        return summaries(
                "p.insured_id_hash in (" + persons + ") or p.holder_id_hash in (" + persons + ")",
                "numbers",
                policyNos.stream().map(String::strip).toArray(String[]::new),
                scope);
    }

    private List<PolicySummary> summaries(String match, String param, Object value, DataScope scope) {
        ScopeSql visible = ScopeSql.over("u", scope);
        List<Long> ids = jdbc.sql("select p.id from policy p join org_unit u on u.id = p.issuing_unit_id where ("
                        + match + ") and " + visible.predicate()
                        + " order by p.period_start desc, p.id desc limit " + LONGEST_LIST)
                .param(param, value)
                .params(visible.params())
                .query(Long.class)
                .list();
        return finder.byIds(ids, scope);
    }
}
