package io.shixiao.policies.application;

import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.PolicyStatus;
import io.shixiao.policies.domain.Cover;
import io.shixiao.policies.domain.InsuredProperty;
import io.shixiao.policies.domain.Party;
import io.shixiao.policies.domain.Policy;
import io.shixiao.policies.domain.PolicyPeriod;
import io.shixiao.policies.domain.SurrenderReason;
import io.shixiao.policies.domain.Vehicle;
import io.shixiao.policies.domain.Vin;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.pii.PiiCipher;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Policies with names, ID numbers and mobiles encrypted at rest, a keyed hash of each ID number for exact
 * search and their masked forms for lists. Many policies are written in JDBC batches (import, demo data):
 * ids are drawn from the sequence first, so policies and covers go in one batch each.
 */
@Repository
public class PolicyRepository {

    private static final String COPY_POLICY = """
      copy policy (id, insurer_id, issuing_unit_id, policy_no, product_line, status, period_start, period_end,
        premium, holder_name_cipher, holder_name_masked, holder_id_cipher, holder_id_hash, holder_id_masked,
        insured_name_cipher, insured_name_masked, insured_id_cipher, insured_id_hash, insured_id_masked,
        insured_mobile_cipher, insured_mobile_masked, plate, vin, vehicle_model, address, division_code,
        delivery_required, issued_at, issued_by) from stdin with (format csv)
      """;

    private static final String COPY_COVERAGE =
            "copy policy_coverage (policy_id, kind, sum_insured, deductible) from stdin with (format csv)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private final PiiCipher cipher;

    PolicyRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    /**
     * Stores new policies and their covers; answers their ids in order. Written with PostgreSQL's COPY in
     * the caller's transaction (an import chunk, the demo data): many times faster than row inserts.
     */
    public List<Long> insertAll(List<Policy> policies) {
        if (policies.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select nextval('policy_id_seq') from generate_series(1, ?)")
                .param(policies.size())
                .query(Long.class)
                .list();
        StringBuilder policyCsv = new StringBuilder(policies.size() * 700);
        StringBuilder coverCsv = new StringBuilder(policies.size() * 80);
        for (int i = 0; i < policies.size(); i++) {
            Policy.Snapshot p = policies.get(i).snapshot();
            long id = ids.get(i);
            Csv.line(policyCsv, policyRow(id, p));
            for (Cover cover : p.covers()) {
                Csv.line(coverCsv, new Object[] {
                    id,
                    cover.kind().name(),
                    cover.sumInsured().amount(),
                    cover.deductible().amount()
                });
            }
        }
        copy(COPY_POLICY, policyCsv);
        copy(COPY_COVERAGE, coverCsv);
        return ids;
    }

    private void copy(String sql, CharSequence csv) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new DataIntegrityViolationException("Policies could not be stored: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private Object[] policyRow(long id, Policy.Snapshot p) {
        Vehicle vehicle = p.vehicle();
        InsuredProperty property = p.property();
        MobileNumber mobile = p.insuredMobile();
        String insuredName = cipher.encrypt(p.insured().name());
        String insuredId = cipher.encrypt(p.insured().idNumber().value());
        String insuredHash = cipher.hash(p.insured().idNumber().value());
        boolean holderIsInsured = p.holder().equals(p.insured());
        return new Object[] {
            id,
            p.insurerId(),
            p.issuingUnitId(),
            p.policyNo(),
            p.productLine().name(),
            p.status().name(),
            p.period().start(),
            p.period().end(),
            p.premium().amount(),
            // Most policyholders insure themselves: their sealed values are the insured's.
            holderIsInsured ? insuredName : cipher.encrypt(p.holder().name()),
            p.holder().maskedName(),
            holderIsInsured ? insuredId : cipher.encrypt(p.holder().idNumber().value()),
            holderIsInsured ? insuredHash : cipher.hash(p.holder().idNumber().value()),
            p.holder().maskedIdNumber(),
            insuredName,
            p.insured().maskedName(),
            insuredId,
            insuredHash,
            p.insured().maskedIdNumber(),
            mobile == null ? null : cipher.encrypt(mobile.value()),
            mobile == null ? null : mobile.masked(),
            vehicle == null || vehicle.plate() == null ? null : vehicle.plate().value(),
            vehicle == null ? null : vehicle.vin().value(),
            vehicle == null ? null : vehicle.model(),
            property == null ? null : property.address(),
            property == null ? null : property.division().value(),
            p.deliveryRequired(),
            p.issuedAt(),
            p.issuedBy()
        };
    }

    /** The policy numbers among {@code numbers} the insurer already uses. */
    public Set<String> takenNumbers(long insurerId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select policy_no from policy where insurer_id = ? and policy_no = any(?)")
                .params(insurerId, numbers.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** The whole policy, personal data decrypted, for a change. */
    public Optional<Policy> load(long id) {
        List<Policy> found = template.query(
                "select * from policy where id = ?", (rs, n) -> restore(rs, coversOf(rs.getLong("id"))), id);
        return found.stream().findFirst();
    }

    /** Saves the mutable state of a changed policy; refuses a version another change has moved on. */
    public void update(Policy policy) {
        Policy.Snapshot p = policy.snapshot();
        MobileNumber mobile = p.insuredMobile();
        int rows = jdbc.sql("""
                        update policy set status = :status, terminated_at = :terminatedAt, surrender_reason = :reason,
                          refund = :refund, insured_mobile_cipher = :mobileCipher, insured_mobile_masked = :mobileMasked,
                          plate = :plate, address = :address, delivered_at = :deliveredAt,
                          renewal_reminded_at = :remindedAt, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("status", p.status().name())
                .param("terminatedAt", timestamp(p.terminatedAt()), Types.TIMESTAMP)
                .param(
                        "reason",
                        p.surrenderReason() == null ? null : p.surrenderReason().name(),
                        Types.VARCHAR)
                .param("refund", p.refund() == null ? null : p.refund().amount(), Types.NUMERIC)
                .param("mobileCipher", mobile == null ? null : cipher.encrypt(mobile.value()), Types.VARCHAR)
                .param("mobileMasked", mobile == null ? null : mobile.masked(), Types.VARCHAR)
                .param(
                        "plate",
                        p.vehicle() == null || p.vehicle().plate() == null
                                ? null
                                : p.vehicle().plate().value(),
                        Types.VARCHAR)
                .param("address", p.property() == null ? null : p.property().address(), Types.VARCHAR)
                .param("deliveredAt", timestamp(p.deliveredAt()), Types.TIMESTAMP)
                .param("remindedAt", timestamp(p.renewalRemindedAt()), Types.TIMESTAMP)
                .param("id", p.id())
                .param("version", p.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(
                    "Policy " + p.policyNo() + " was changed by someone else; reload it and try again");
        }
    }

    private List<Cover> coversOf(long policyId) {
        return jdbc.sql("select kind, sum_insured, deductible from policy_coverage where policy_id = ?")
                .param(policyId)
                .query((rs, n) -> new Cover(
                        CoverageKind.valueOf(rs.getString("kind")),
                        Money.yuan(rs.getBigDecimal("sum_insured")),
                        Money.yuan(rs.getBigDecimal("deductible"))))
                .list();
    }

    private Policy restore(ResultSet rs, List<Cover> covers) throws SQLException {
        String vin = rs.getString("vin");
        String plate = rs.getString("plate");
        String address = rs.getString("address");
        String mobile = rs.getString("insured_mobile_cipher");
        String reason = rs.getString("surrender_reason");
        BigDecimal refund = rs.getBigDecimal("refund");
        return Policy.restore(new Policy.Snapshot(
                rs.getLong("id"),
                rs.getLong("insurer_id"),
                rs.getLong("issuing_unit_id"),
                rs.getString("policy_no"),
                ProductLine.valueOf(rs.getString("product_line")),
                PolicyStatus.valueOf(rs.getString("status")),
                new PolicyPeriod(instant(rs, "period_start"), instant(rs, "period_end")),
                instant(rs, "terminated_at"),
                reason == null ? null : SurrenderReason.valueOf(reason),
                Money.yuan(rs.getBigDecimal("premium")),
                refund == null ? null : Money.yuan(refund),
                new Party(
                        cipher.decrypt(rs.getString("holder_name_cipher")),
                        new ResidentIdNumber(cipher.decrypt(rs.getString("holder_id_cipher")))),
                new Party(
                        cipher.decrypt(rs.getString("insured_name_cipher")),
                        new ResidentIdNumber(cipher.decrypt(rs.getString("insured_id_cipher")))),
                mobile == null ? null : new MobileNumber(cipher.decrypt(mobile)),
                vin == null
                        ? null
                        : new Vehicle(
                                plate == null ? null : new PlateNumber(plate),
                                new Vin(vin),
                                rs.getString("vehicle_model")),
                address == null ? null : new InsuredProperty(address, DivisionCode.of(rs.getString("division_code"))),
                covers,
                rs.getBoolean("delivery_required"),
                instant(rs, "issued_at"),
                rs.getString("issued_by"),
                instant(rs, "delivered_at"),
                instant(rs, "renewal_reminded_at"),
                rs.getLong("version")));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
