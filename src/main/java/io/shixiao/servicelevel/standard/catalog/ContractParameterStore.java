package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code contract_parameter} table. Deadline computation reads values on every new clock, so
 * reads come from an in-memory snapshot that a write on this node replaces at once and that other
 * nodes reload after {@link #SNAPSHOT_TTL}.
 */
@Repository
class ContractParameterStore {

    /** How stale another node's change may be seen here: values change a few times a year. */
    static final Duration SNAPSHOT_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ContractParameterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<ContractParameterValue> find(ContractParty owner, String parameter) {
        return Optional.ofNullable(current().values().get(new Key(owner, parameter)));
    }

    List<ContractParameterValue> findByOwner(ContractParty owner) {
        return jdbc.sql("""
            select owner_type, owner_id, parameter, amount, unit, updated_by, updated_at, version
            from contract_parameter where owner_type = :type and owner_id = :id order by parameter""")
                .param("type", owner.type().name())
                .param("id", owner.id())
                .query(ContractParameterStore::row)
                .list();
    }

    Optional<ContractParameterValue> findFresh(ContractParty owner, String parameter) {
        return jdbc.sql("""
            select owner_type, owner_id, parameter, amount, unit, updated_by, updated_at, version
            from contract_parameter where owner_type = :type and owner_id = :id and parameter = :parameter""")
                .param("type", owner.type().name())
                .param("id", owner.id())
                .param("parameter", parameter)
                .query(ContractParameterStore::row)
                .optional();
    }

    /** Inserts the first value of a blank; a concurrent insert of the same blank loses. */
    ContractParameterValue insert(ContractParty owner, String parameter, int amount, PeriodUnit unit, String actor) {
        Instant now = clock.instant();
        int rows = jdbc.sql("""
            insert into contract_parameter (owner_type, owner_id, parameter, amount, unit, updated_by, updated_at, version)
            values (:type, :id, :parameter, :amount, :unit, :actor, :now, 0)
            on conflict (owner_type, owner_id, parameter) do nothing""")
                .param("type", owner.type().name())
                .param("id", owner.id())
                .param("parameter", parameter)
                .param("amount", amount)
                .param("unit", unit == null ? null : unit.name())
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("contract parameter " + parameter + " was set concurrently");
        }
        invalidate();
        return new ContractParameterValue(owner, parameter, amount, unit, actor, now, 0);
    }

    /** Changes a value if nobody changed it since {@code version} was read. */
    ContractParameterValue update(
            ContractParty owner, String parameter, int amount, PeriodUnit unit, String actor, int version) {
        Instant now = clock.instant();
        int rows = jdbc.sql("""
            update contract_parameter
               set amount = :amount, unit = :unit, updated_by = :actor, updated_at = :now, version = version + 1
             where owner_type = :type and owner_id = :id and parameter = :parameter and version = :version""")
                .param("type", owner.type().name())
                .param("id", owner.id())
                .param("parameter", parameter)
                .param("amount", amount)
                .param("unit", unit == null ? null : unit.name())
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException(
                    "contract parameter " + parameter + " changed since version " + version);
        }
        invalidate();
        return new ContractParameterValue(owner, parameter, amount, unit, actor, now, version + 1);
    }

    /** Removes a value so that the document's example applies again. */
    void delete(ContractParty owner, String parameter, int version) {
        int rows = jdbc.sql("""
            delete from contract_parameter
             where owner_type = :type and owner_id = :id and parameter = :parameter and version = :version""")
                .param("type", owner.type().name())
                .param("id", owner.id())
                .param("parameter", parameter)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException(
                    "contract parameter " + parameter + " changed since version " + version);
        }
        invalidate();
    }

    // Dropped now for this transaction's own reads, and again after commit so that a read by another
    // request between the write and the commit does not keep the old value for the whole TTL.
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
            Map<Key, ContractParameterValue> values = jdbc.sql("""
              select owner_type, owner_id, parameter, amount, unit, updated_by, updated_at, version
              from contract_parameter""").query(ContractParameterStore::row).list().stream()
                    .collect(Collectors.toUnmodifiableMap(v -> new Key(v.owner(), v.parameter()), Function.identity()));
            current = new Snapshot(values, now);
            snapshot = current;
        }
        return current;
    }

    private static ContractParameterValue row(ResultSet rs, int rowNum) throws SQLException {
        String unit = rs.getString("unit");
        return new ContractParameterValue(
                new ContractParty(ContractParty.Type.valueOf(rs.getString("owner_type")), rs.getLong("owner_id")),
                rs.getString("parameter"),
                rs.getInt("amount"),
                unit == null ? null : PeriodUnit.valueOf(unit),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private record Key(ContractParty owner, String parameter) {}

    private record Snapshot(Map<Key, ContractParameterValue> values, Instant loadedAt) {}
}
