package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.Milestone;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every milestone a case reported, with when it happened and when it was recorded: a second report of
 * the same (case, milestone, instant) is recognised and acts once, a clock that starts late can count
 * from an earlier milestone and apply the pauses since, and a back-dated entry keeps its reason.
 */
@Repository
class MilestoneLog {

    /** One recorded milestone. */
    record Entry(Milestone milestone, Instant at) {}

    private final JdbcClient jdbc;

    MilestoneLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the milestone; false when the same one at the same instant was recorded before. */
    boolean record(
            CaseRef ref,
            Milestone milestone,
            Instant at,
            Instant recordedAt,
            String lateReason,
            String repeatReason,
            String actor) {
        return jdbc.sql("""
                insert into service_milestone (insurer_id, case_type, case_id, milestone, occurred_at, received_at,
                  late_reason, repeat_reason, recorded_by)
                values (:insurer, :type, :id, :milestone, :at, :now, :late, :repeat, :actor) on conflict do nothing
                """)
                        .param("insurer", ref.insurerId())
                        .param("type", ref.type().name())
                        .param("id", ref.id())
                        .param("milestone", milestone.name())
                        .param("at", Timestamp.from(at))
                        .param("now", Timestamp.from(recordedAt))
                        .param("late", lateReason)
                        .param("repeat", repeatReason)
                        .param("actor", actor)
                        .update()
                > 0;
    }

    /** When {@code milestone} first happened on the case, if it did. */
    Optional<Instant> first(CaseRef ref, Milestone milestone) {
        return jdbc.sql("""
                select occurred_at from service_milestone
                 where insurer_id = :insurer and case_type = :type and case_id = :id and milestone = :milestone
                 order by occurred_at limit 1
                """)
                .param("insurer", ref.insurerId())
                .param("type", ref.type().name())
                .param("id", ref.id())
                .param("milestone", milestone.name())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** The case's occurrences of {@code milestones} from {@code from} (inclusive), in the order they happened. */
    List<Entry> since(CaseRef ref, Collection<Milestone> milestones, Instant from) {
        if (milestones.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select milestone, occurred_at from service_milestone
                 where insurer_id = :insurer and case_type = :type and case_id = :id and milestone in (:milestones)
                   and occurred_at >= :from
                 order by occurred_at, received_at
                """)
                .param("insurer", ref.insurerId())
                .param("type", ref.type().name())
                .param("id", ref.id())
                .param("milestones", milestones.stream().map(Milestone::name).toList())
                .param("from", Timestamp.from(from))
                .query((rs, n) -> new Entry(
                        Milestone.valueOf(rs.getString("milestone")),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }
}
