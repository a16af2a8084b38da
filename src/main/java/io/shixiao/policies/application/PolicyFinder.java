package io.shixiao.policies.application;

import io.shixiao.policies.Coverage;
import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.Policies;
import io.shixiao.policies.PolicyStatus;
import io.shixiao.policies.PolicySummary;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds policies within a data scope: the issuing unit must lie in the caller's subtree, so another
 * insurer's policy is simply absent. Reads masked columns only; nothing is decrypted here.
 */
@Service
@Transactional(readOnly = true)
public class PolicyFinder implements Policies {

    private static final int LONGEST_LIST = 200;

    private static final String SELECT = """
      select p.id, p.policy_no, p.insurer_id, p.issuing_unit_id, p.product_line, p.status, p.period_start,
             p.period_end, p.terminated_at, p.insured_name_masked, p.insured_id_masked, p.plate, p.vin,
             p.address, p.division_code
      from policy p join org_unit u on u.id = p.issuing_unit_id
      """;

    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final CtplLimits ctplLimits;

    PolicyFinder(JdbcClient jdbc, PiiCipher cipher, CtplLimits ctplLimits) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.ctplLimits = ctplLimits;
    }

    @Override
    public Optional<PolicySummary> byId(long policyId, DataScope scope) {
        return find("p.id = :key", policyId, scope).stream().findFirst();
    }

    @Override
    public Optional<PolicySummary> byNumber(String policyNo, DataScope scope) {
        if (policyNo == null || policyNo.isBlank()) {
            return Optional.empty();
        }
        return find("p.policy_no = :key", policyNo.strip(), scope).stream().findFirst();
    }

    @Override
    public List<PolicySummary> byPlate(PlateNumber plate, DataScope scope) {
        return find("p.plate = :key", plate.value(), scope);
    }

    @Override
    public List<PolicySummary> byInsuredId(ResidentIdNumber idNumber, DataScope scope) {
        return find("p.insured_id_hash = :key", cipher.hash(idNumber.value()), scope);
    }

    /** The summaries of many policies at once (ids outside the scope are left out), in the order given. */
    public List<PolicySummary> byIds(List<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PolicySummary> byId = new HashMap<>();
        find("p.id = any(:key)", ids.toArray(Long[]::new), scope).forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<PolicySummary> find(String condition, Object key, DataScope scope) {
        ScopeSql visible = ScopeSql.over("u", scope);
        List<Row> rows = jdbc.sql(SELECT + " where " + condition + " and " + visible.predicate()
                        + " order by p.period_start desc, p.id desc limit " + LONGEST_LIST)
                .param("key", key)
                .params(visible.params())
                .query(PolicyFinder::row)
                .list();
        return withCoverages(rows);
    }

    private List<PolicySummary> withCoverages(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Coverage>> covers = new HashMap<>();
        Map<Long, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        jdbc.sql("select policy_id, kind, sum_insured, deductible from policy_coverage where policy_id = any(?)")
                .param(rows.stream().map(Row::id).toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    long policyId = rs.getLong("policy_id");
                    CoverageKind kind = CoverageKind.valueOf(rs.getString("kind"));
                    Row row = byId.get(policyId);
                    covers.computeIfAbsent(policyId, k -> new ArrayList<>())
                            .add(new Coverage(
                                    kind,
                                    Money.yuan(rs.getBigDecimal("sum_insured")),
                                    Money.yuan(rs.getBigDecimal("deductible")),
                                    kind == CoverageKind.CTPL
                                            ? ctplLimits.on(row.periodStart()
                                                    .atZone(io.shixiao.shared.time.ShanghaiTime.ZONE)
                                                    .toLocalDate())
                                            : List.of()));
                });
        return rows.stream()
                .map(r -> r.summary(covers.getOrDefault(r.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(Coverage::kind))
                        .toList()))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String plate = rs.getString("plate");
        String division = rs.getString("division_code");
        return new Row(
                rs.getLong("id"),
                rs.getString("policy_no"),
                rs.getLong("insurer_id"),
                rs.getLong("issuing_unit_id"),
                ProductLine.valueOf(rs.getString("product_line")),
                PolicyStatus.valueOf(rs.getString("status")),
                Objects.requireNonNull(PolicyRepository.instant(rs, "period_start")),
                Objects.requireNonNull(PolicyRepository.instant(rs, "period_end")),
                PolicyRepository.instant(rs, "terminated_at"),
                rs.getString("insured_name_masked"),
                rs.getString("insured_id_masked"),
                plate == null ? null : new PlateNumber(plate),
                rs.getString("vin"),
                rs.getString("address"),
                division == null ? null : DivisionCode.of(division));
    }

    private record Row(
            long id,
            String policyNo,
            long insurerId,
            long issuingUnitId,
            ProductLine productLine,
            PolicyStatus status,
            Instant periodStart,
            Instant periodEnd,
            @org.jspecify.annotations.Nullable Instant terminatedAt,
            String insuredNameMasked,
            String insuredIdMasked,
            @org.jspecify.annotations.Nullable PlateNumber plate,
            @org.jspecify.annotations.Nullable String vin,
            @org.jspecify.annotations.Nullable String address,
            @org.jspecify.annotations.Nullable DivisionCode division) {

        PolicySummary summary(List<Coverage> coverages) {
            return new PolicySummary(
                    id,
                    policyNo,
                    insurerId,
                    issuingUnitId,
                    productLine,
                    status,
                    periodStart,
                    periodEnd,
                    terminatedAt,
                    insuredNameMasked,
                    insuredIdMasked,
                    plate,
                    vin,
                    address,
                    division,
                    coverages);
        }
    }
}
