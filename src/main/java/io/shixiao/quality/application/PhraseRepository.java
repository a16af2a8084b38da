package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forbidden_phrase table. */
@Repository
class PhraseRepository {

    private static final String COLUMNS = """
            id, stage, phrase, core, source_clause, seed_key, active, created_at, created_by, updated_at,
            updated_by, version""";

    private final JdbcClient jdbc;

    PhraseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PhraseRecord> all() {
        return jdbc.sql("select " + COLUMNS + " from forbidden_phrase order by stage, seed_key nulls last, id")
                .query(PhraseRepository::row)
                .list();
    }

    List<PhraseRecord> active() {
        return jdbc.sql("select " + COLUMNS + " from forbidden_phrase where active order by id")
                .query(PhraseRepository::row)
                .list();
    }

    Optional<PhraseRecord> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from forbidden_phrase where id = :id")
                .param("id", id)
                .query(PhraseRepository::row)
                .optional();
    }

    /** Changes whenever a phrase is added or changed, by any node. */
    String fingerprint() {
        return jdbc.sql("select count(*) || ':' || coalesce(sum(revision), 0) from forbidden_phrase")
                .query(String.class)
                .single();
    }

    boolean stageHolds(ServiceStage stage, String folded, @Nullable Long except) {
        return jdbc.sql("""
                select exists (select 1 from forbidden_phrase
                 where stage = :stage and folded = :folded and (cast(:except as bigint) is null or id <> :except))""")
                .param("stage", stage.name())
                .param("folded", folded)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    /** Inserts a seed phrase unless its key (or its words at its stage) is already on the list. */
    boolean insertSeed(SeedPhrase seed, String folded, Instant at) {
        return jdbc.sql("""
                insert into forbidden_phrase (stage, phrase, folded, core, source_clause, seed_key, created_at,
                  created_by, updated_at, updated_by)
                values (:stage, :phrase, :folded, :core, :clause, :key, :at, 'system', :at, 'system')
                on conflict do nothing""")
                        .param("stage", seed.stage().name())
                        .param("phrase", seed.phrase())
                        .param("folded", folded)
                        .param("core", seed.core().toArray(String[]::new))
                        .param("clause", seed.clause())
                        .param("key", seed.key())
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    long insert(ServiceStage stage, String phrase, String folded, List<String> core, String actor, Instant at) {
        return jdbc.sql("""
                insert into forbidden_phrase (stage, phrase, folded, core, created_at, created_by, updated_at, updated_by)
                values (:stage, :phrase, :folded, :core, :at, :actor, :at, :actor)
                returning id""")
                .param("stage", stage.name())
                .param("phrase", phrase)
                .param("folded", folded)
                .param("core", core.toArray(String[]::new))
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    int update(
            long id,
            ServiceStage stage,
            String phrase,
            String folded,
            List<String> core,
            int version,
            String actor,
            Instant at) {
        return jdbc.sql("""
                update forbidden_phrase
                   set stage = :stage, phrase = :phrase, folded = :folded, core = :core, updated_at = :at,
                       updated_by = :actor, version = version + 1, revision = nextval('forbidden_phrase_revision')
                 where id = :id and version = :version""")
                .param("id", id)
                .param("stage", stage.name())
                .param("phrase", phrase)
                .param("folded", folded)
                .param("core", core.toArray(String[]::new))
                .param("version", version)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    int setActive(long id, boolean active, int version, String actor, Instant at) {
        return jdbc.sql("""
                update forbidden_phrase
                   set active = :active, updated_at = :at, updated_by = :actor, version = version + 1,
                       revision = nextval('forbidden_phrase_revision')
                 where id = :id and version = :version""")
                .param("id", id)
                .param("active", active)
                .param("version", version)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static PhraseRecord row(ResultSet rs, int n) throws SQLException {
        Array core = rs.getArray("core");
        return new PhraseRecord(
                rs.getLong("id"),
                ServiceStage.valueOf(rs.getString("stage")),
                rs.getString("phrase"),
                core == null ? List.of() : Arrays.asList((String[]) core.getArray()),
                rs.getString("source_clause"),
                rs.getString("seed_key"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
