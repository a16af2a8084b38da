package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ContractRecord;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code service_contract} table. Every new clock of a contract standard asks whether the party
 * has the document in force, so reads come from an in-memory snapshot that a write on this node
 * replaces at once and that other nodes reload after {@link #SNAPSHOT_TTL}.
 */
@Repository
class ContractStore {

    /** How stale another node's change may be seen here: contracts change a few times a year. */
    static final Duration SNAPSHOT_TTL = Duration.ofSeconds(30);

    private static final String COLUMNS =
            "id, party_type, party_id, document_code, counterparty, signed_on, valid_from, valid_to, recorded_by,"
                    + " recorded_at, version";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ContractStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether {@code party} has a contract on {@code documentCode} in force on {@code day}. */
    boolean inForce(ContractParty party, String documentCode, LocalDate day) {
        return current().contracts().stream()
                .anyMatch(c -> c.party().equals(party) && c.documentCode().equals(documentCode) && c.inForceOn(day));
    }

    List<ContractRecord> inForceBetween(String documentCode, LocalDate from, LocalDate to) {
        return current().contracts().stream()
                .filter(c -> c.documentCode().equals(documentCode)
                        && !c.validFrom().isAfter(to)
                        && !c.validTo().isBefore(from))
                .toList();
    }

    boolean knows(ContractParty party) {
        return current().contracts().stream().anyMatch(c -> c.party().equals(party));
    }

    List<ContractRecord> findByParty(ContractParty party) {
        return jdbc.sql("select " + COLUMNS + " from service_contract where party_type = :type and party_id = :id"
                        + " order by valid_from desc, id desc")
                .param("type", party.type().name())
                .param("id", party.id())
                .query(ContractStore::row)
                .list();
    }

    Optional<ContractRecord> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from service_contract where id = :id")
                .param("id", id)
                .query(ContractStore::row)
                .optional();
    }

    /** Whether another contract of the party on the document overlaps the dates. */
    boolean overlaps(ContractParty party, String documentCode, LocalDate from, LocalDate to, Long except) {
        return jdbc.sql("""
                select count(*) from service_contract
                 where party_type = :type and party_id = :id and document_code = :document
                   and valid_from <= :to and valid_to >= :from and (:except::bigint is null or id <> :except)""")
                        .param("type", party.type().name())
                        .param("id", party.id())
                        .param("document", documentCode)
                        .param("from", Date.valueOf(from))
                        .param("to", Date.valueOf(to))
                        .param("except", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    ContractRecord insert(
            ContractParty party,
            String documentCode,
            String counterparty,
            LocalDate signedOn,
            LocalDate from,
            LocalDate to,
            String actor) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into service_contract (party_type, party_id, document_code, counterparty, signed_on, valid_from,
                  valid_to, recorded_by, recorded_at, version)
                values (:type, :id, :document, :counterparty, :signed, :from, :to, :actor, :now, 0) returning id""")
                .param("type", party.type().name())
                .param("id", party.id())
                .param("document", documentCode)
                .param("counterparty", counterparty)
                .param("signed", Date.valueOf(signedOn))
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        invalidate();
        return new ContractRecord(id, party, documentCode, counterparty, signedOn, from, to, actor, now, 0);
    }

    ContractRecord endOn(ContractRecord contract, LocalDate lastDay, String actor) {
        int rows = jdbc.sql("""
                update service_contract set valid_to = :to, recorded_by = :actor, recorded_at = :now, version = version + 1
                 where id = :id and version = :version""")
                .param("to", Date.valueOf(lastDay))
                .param("actor", actor)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", contract.id())
                .param("version", contract.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException(
                    "contract " + contract.id() + " changed since version " + contract.version());
        }
        invalidate();
        return find(contract.id()).orElseThrow();
    }

    // Dropped now for this transaction's own reads, and again after commit so that a read by another
    // request between the write and the commit does not keep the old contracts for the whole TTL.
    private void invalidate() {
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.loadedAt().plus(SNAPSHOT_TTL).isBefore(now)) {
            current = new Snapshot(
                    jdbc.sql("select " + COLUMNS + " from service_contract")
                            .query(ContractStore::row)
                            .list(),
                    now);
            snapshot = current;
        }
        return current;
    }

    private static ContractRecord row(ResultSet rs, int rowNum) throws SQLException {
        return new ContractRecord(
                rs.getLong("id"),
                new ContractParty(ContractParty.Type.valueOf(rs.getString("party_type")), rs.getLong("party_id")),
                rs.getString("document_code"),
                rs.getString("counterparty"),
                rs.getDate("signed_on").toLocalDate(),
                rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_to").toLocalDate(),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getInt("version"));
    }

    private record Snapshot(List<ContractRecord> contracts, Instant loadedAt) {}
}
