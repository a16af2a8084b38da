package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.DataScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Hits counted per staff member, for the supervisors of their organisation: a QUALITY_INSPECTOR or
 * MANAGER sees the staff of their unit and below, the platform administrator everyone, nobody another
 * insurer's staff.
 */
@Service
public class PhraseHitStatistics {

    private final JdbcClient jdbc;

    PhraseHitStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each staff member with a recorded check in [{@code from}, {@code to}), most hits first. */
    @PreAuthorize("hasAnyRole('ADMIN','QUALITY_INSPECTOR','MANAGER')")
    public List<StaffHits> perStaff(DataScope scope, Instant from, Instant to) {
        period(from, to);
        CheckScope where = CheckScope.over("c", scope);
        return jdbc.sql("""
                select c.account_id, max(c.username) username, max(c.display_name) display_name, count(*) checks,
                       count(*) filter (where c.outcome = 'BLOCKED') blocked,
                       count(*) filter (where c.outcome = 'HELD') held,
                       coalesce(sum(h.hits), 0) hits,
                       max(c.checked_at) filter (where h.hits > 0) last_hit
                  from phrase_check c
                  left join lateral (select count(*) hits from phrase_hit where check_id = c.id) h on true
                 where c.checked_at >= :from and c.checked_at < :to and (%s)
                 group by c.account_id
                 order by hits desc, display_name, c.account_id""".formatted(where.predicate()))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .params(where.params())
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("last_hit");
                    return new StaffHits(
                            rs.getLong("account_id"),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getLong("checks"),
                            rs.getLong("blocked"),
                            rs.getLong("held"),
                            rs.getLong("hits"),
                            last == null ? null : last.toInstant());
                })
                .list();
    }

    /** The phrases found most often in [{@code from}, {@code to}). */
    @PreAuthorize("hasAnyRole('ADMIN','QUALITY_INSPECTOR','MANAGER')")
    public List<PhraseCount> topPhrases(DataScope scope, Instant from, Instant to, int limit) {
        period(from, to);
        CheckScope where = CheckScope.over("c", scope);
        return jdbc.sql("""
                select p.id, p.phrase, p.stage, count(*) hits
                  from phrase_hit h join phrase_check c on c.id = h.check_id join forbidden_phrase p on p.id = h.phrase_id
                 where c.checked_at >= :from and c.checked_at < :to and (%s)
                 group by p.id, p.phrase, p.stage
                 order by hits desc, p.id
                 limit :limit""".formatted(where.predicate()))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .params(where.params())
                .query((rs, n) -> new PhraseCount(
                        rs.getLong("id"),
                        rs.getString("phrase"),
                        ServiceStage.valueOf(rs.getString("stage")),
                        rs.getLong("hits")))
                .list();
    }

    private static void period(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "the period must start before it ends");
        }
    }
}
