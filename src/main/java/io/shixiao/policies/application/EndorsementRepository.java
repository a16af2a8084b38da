package io.shixiao.policies.application;

import io.shixiao.policies.domain.Endorsement;
import io.shixiao.policies.domain.EndorsementKind;
import io.shixiao.policies.domain.EndorsementStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Endorsements; the lists of materials are stored one item a line. */
@Repository
class EndorsementRepository {

    private final JdbcClient jdbc;

    EndorsementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Endorsement endorsement) {
        Endorsement.Snapshot e = endorsement.snapshot();
        return jdbc.sql("""
                        insert into policy_endorsement (policy_id, endorsement_no, kind, status, requested_value,
                          previous_value, materials, materials_received, explanations, requested_at, requested_by)
                        values (:policyId, :no, :kind, :status, :value, :previous, :materials, :received, :explanations,
                          :at, :by) returning id
                        """)
                .param("policyId", e.policyId())
                .param("no", e.endorsementNo())
                .param("kind", e.kind().name())
                .param("status", e.status().name())
                .param("value", e.requestedValue())
                .param("previous", e.previousValue(), Types.VARCHAR)
                .param("materials", String.join("\n", e.materials()))
                .param("received", String.join("\n", e.received()))
                .param("explanations", e.explanations())
                .param("at", Timestamp.from(e.requestedAt()))
                .param("by", e.requestedBy())
                .query(Long.class)
                .single();
    }

    void update(Endorsement endorsement) {
        Endorsement.Snapshot e = endorsement.snapshot();
        int rows = jdbc.sql("""
                        update policy_endorsement set status = :status, materials_received = :received,
                          explanations = :explanations, reexplain_reason = :reason, closed_at = :closedAt,
                          closed_by = :closedBy, withdraw_reason = :withdrawReason, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("status", e.status().name())
                .param("received", String.join("\n", e.received()))
                .param("explanations", e.explanations())
                .param("reason", e.reexplainReason(), Types.VARCHAR)
                .param("closedAt", e.closedAt() == null ? null : Timestamp.from(e.closedAt()), Types.TIMESTAMP)
                .param("closedBy", e.closedBy(), Types.VARCHAR)
                .param("withdrawReason", e.withdrawReason(), Types.VARCHAR)
                .param("id", Objects.requireNonNull(e.id()))
                .param("version", e.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(
                    "Endorsement " + e.endorsementNo() + " was changed by someone else; reload it and try again");
        }
    }

    Optional<Endorsement> find(long policyId, String endorsementNo) {
        return jdbc.sql("select * from policy_endorsement where policy_id = ? and endorsement_no = ?")
                .params(policyId, endorsementNo)
                .query(EndorsementRepository::row)
                .optional();
    }

    List<Endorsement> ofPolicy(long policyId) {
        return jdbc.sql("select * from policy_endorsement where policy_id = ? order by requested_at desc, id desc")
                .param(policyId)
                .query(EndorsementRepository::row)
                .list();
    }

    int countOf(long policyId) {
        return jdbc.sql("select count(*) from policy_endorsement where policy_id = ?")
                .param(policyId)
                .query(Integer.class)
                .single();
    }

    private static Endorsement row(ResultSet rs, int n) throws SQLException {
        return Endorsement.restore(new Endorsement.Snapshot(
                rs.getLong("id"),
                rs.getLong("policy_id"),
                rs.getString("endorsement_no"),
                EndorsementKind.valueOf(rs.getString("kind")),
                EndorsementStatus.valueOf(rs.getString("status")),
                rs.getString("requested_value"),
                rs.getString("previous_value"),
                lines(rs.getString("materials")),
                new LinkedHashSet<>(lines(rs.getString("materials_received"))),
                rs.getInt("explanations"),
                rs.getString("reexplain_reason"),
                Objects.requireNonNull(PolicyRepository.instant(rs, "requested_at")),
                rs.getString("requested_by"),
                PolicyRepository.instant(rs, "closed_at"),
                rs.getString("closed_by"),
                rs.getString("withdraw_reason"),
                rs.getLong("version")));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
