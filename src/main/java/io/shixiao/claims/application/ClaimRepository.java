package io.shixiao.claims.application;

import io.shixiao.claims.ClaimKind;
import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.StepEntry;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import io.shixiao.shared.time.ShanghaiTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims in PostgreSQL: the aggregate as JSON, list columns beside it, every read within a data scope. */
@Repository
class ClaimRepository {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ShanghaiTime.ZONE);

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next claim number: CLM, the report's day in Shanghai, a sequence number. */
    String nextClaimNo(Instant reportedAt) {
        long next =
                jdbc.sql("select nextval('claim_number_seq')").query(Long.class).single();
        return "CLM" + DAY.format(reportedAt) + String.format("%07d", next);
    }

    long insert(Claim claim, Instant now) {
        return jdbc.sql("""
                insert into claim (claim_no, insurer_id, org_unit_id, org_path, policy_no, kind, status, loss_at,
                                   reported_at, surveyor_id, zone, loss_division, amount, back_dated_steps, body,
                                   version, updated_at)
                values (:claimNo, :insurerId, :orgUnitId, :orgPath, :policyNo, :kind, :status, :lossAt, :reportedAt,
                        :surveyorId, :zone, :division, :amount, :backDated, cast(:body as jsonb), 0, :now)
                returning id""").paramSource(columns(claim, now)).query(Long.class).single();
    }

    /** Stores the claim if nobody changed it since {@code version} was read; otherwise 409. */
    void update(long id, Claim claim, int version, Instant now) {
        int updated = jdbc.sql("""
                update claim set status = :status, surveyor_id = :surveyorId, amount = :amount,
                       back_dated_steps = :backDated, body = cast(:body as jsonb), version = version + 1,
                       updated_at = :now
                 where id = :id and version = :version""")
                .paramSource(columns(claim, now).addValue("id", id).addValue("version", version))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Claim " + claim.claimNo() + " was changed since it was read");
        }
    }

    Optional<StoredClaim> find(String claimNo, DataScope scope) {
        ScopeSql where = ScopeSql.over("insurer_id", "org_path", scope);
        return jdbc.sql("select id, body::text body, version from claim where claim_no = :claimNo and "
                        + where.predicate())
                .param("claimNo", claimNo)
                .params(where.params())
                .query((rs, n) ->
                        new StoredClaim(rs.getLong("id"), ClaimJson.read(rs.getString("body")), rs.getInt("version")))
                .optional();
    }

    /** A claim of the same accident: same policy, loss within {@code windowMinutes}, not withdrawn. */
    Optional<String> sameAccident(long insurerId, String policyNo, Instant lossAt, int windowMinutes) {
        return jdbc.sql("""
                select claim_no from claim
                 where insurer_id = :insurerId and policy_no = :policyNo and status <> 'WITHDRAWN'
                   and loss_at between :from and :to
                 order by reported_at limit 1""")
                .param("insurerId", insurerId)
                .param("policyNo", policyNo)
                .param("from", Timestamp.from(lossAt.minusSeconds(60L * windowMinutes)))
                .param("to", Timestamp.from(lossAt.plusSeconds(60L * windowMinutes)))
                .query(String.class)
                .optional();
    }

    /** The claims in {@code scope}, newest first, filtered by status and surveyor where given. */
    List<ClaimListRow> list(
            DataScope scope, @Nullable Collection<ClaimStatus> statuses, @Nullable Long surveyorId, int limit) {
        ScopeSql where = ScopeSql.over("insurer_id", "org_path", scope);
        StringBuilder sql = new StringBuilder("""
                select claim_no, insurer_id, org_unit_id, policy_no, kind, status, loss_at, reported_at, surveyor_id,
                       zone, loss_division, amount, back_dated_steps, version
                  from claim where """).append(' ').append(where.predicate());
        JdbcClient.StatementSpec spec;
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" and status in (:statuses)");
        }
        if (surveyorId != null) {
            sql.append(" and surveyor_id = :surveyorId");
        }
        sql.append(" order by reported_at desc, id desc limit :limit");
        spec = jdbc.sql(sql.toString()).params(where.params()).param("limit", limit);
        if (statuses != null && !statuses.isEmpty()) {
            spec = spec.param("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (surveyorId != null) {
            spec = spec.param("surveyorId", surveyorId);
        }
        return spec.query((rs, n) -> new ClaimListRow(
                        rs.getString("claim_no"),
                        rs.getLong("insurer_id"),
                        rs.getLong("org_unit_id"),
                        rs.getString("policy_no"),
                        ClaimKind.valueOf(rs.getString("kind")),
                        ClaimStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("loss_at").toInstant(),
                        rs.getTimestamp("reported_at").toInstant(),
                        (Long) rs.getObject("surveyor_id"),
                        rs.getString("zone"),
                        rs.getString("loss_division"),
                        rs.getBigDecimal("amount"),
                        rs.getInt("back_dated_steps")))
                .list();
    }

    long count(DataScope scope) {
        ScopeSql where = ScopeSql.over("insurer_id", "org_path", scope);
        return jdbc.sql("select count(*) from claim where " + where.predicate())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource columns(Claim claim, Instant now) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("claimNo", claim.claimNo())
                .addValue("insurerId", claim.insurerId())
                .addValue("orgUnitId", claim.orgUnitId())
                .addValue("orgPath", claim.orgPath())
                .addValue("policyNo", claim.report().policyNo())
                .addValue("kind", claim.report().kind().name())
                .addValue("status", claim.status().name())
                .addValue("lossAt", Timestamp.from(claim.report().lossAt()))
                .addValue("reportedAt", Timestamp.from(claim.timeline().get(0).occurredAt()))
                .addValue("surveyorId", claim.surveyorId())
                .addValue("zone", claim.report().zone())
                .addValue("division", claim.report().lossDivision())
                .addValue("amount", claim.amountAtStake().amount())
                .addValue("backDated", (int)
                        claim.timeline().stream().filter(StepEntry::backDated).count())
                .addValue("body", ClaimJson.write(claim))
                .addValue("now", Timestamp.from(now));
    }
}
