package io.shixiao.feedback.application;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Satisfaction rates from the answers to questions that rate the service, one questionnaire at a time (the
 * 002 and 004 scales are never summed together), per month, branch, staff member rated or question. The
 * rate is the share of answers at the scale's top (满意).
 */
@Service
public class SatisfactionStatistics {

    /** What the rates are grouped by. */
    public enum Dimension {
        MONTH("to_char(a.answered_at at time zone 'Asia/Shanghai', 'YYYY-MM')"),
        UNIT("cast(t.org_unit_id as varchar)"),
        STAFF("coalesce(t.rated_staff, '—')"),
        QUESTION("a.question_code");

        private final String sql;

        Dimension(String sql) {
            this.sql = sql;
        }
    }

    /**
     * One group's rate.
     *
     * @param key the month (2026-10), unit id, staff name or question code
     * @param label what a page shows for the key
     */
    public record Rate(String key, String label, long answers, long satisfied) {

        /** The share satisfied, 0–100 with one decimal. */
        public double percent() {
            return answers == 0 ? 0 : Math.round(satisfied * 1000.0 / answers) / 10.0;
        }
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;

    SatisfactionStatistics(JdbcClient jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public List<Rate> rates(DataScope scope, String questionnaire, Dimension dimension, LocalDate from, LocalDate to) {
        ScopeSql visible = ScopeSql.over("t.insurer_id", "t.org_path", scope);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        return jdbc.sql("""
                        select %1$s as key, count(*) as answers, count(*) filter (where a.satisfied) as satisfied
                        from callback_answer a join callback_task t on t.id = a.task_id
                        where %2$s and a.questionnaire_code = :q and a.rates_service
                          and a.answered_at >= :from and a.answered_at < :to
                        group by 1 order by 1""".formatted(dimension.sql, visible.predicate()))
                .params(visible.params())
                .param("q", questionnaire)
                .param(
                        "from",
                        java.sql.Timestamp.from(from.atStartOfDay(shanghai).toInstant()))
                .param(
                        "to",
                        java.sql.Timestamp.from(
                                to.plusDays(1).atStartOfDay(shanghai).toInstant()))
                .query((rs, n) -> {
                    String key = rs.getString("key");
                    return new Rate(key, label(dimension, key), rs.getLong("answers"), rs.getLong("satisfied"));
                })
                .list();
    }

    private String label(Dimension dimension, String key) {
        if (dimension == Dimension.UNIT) {
            return organization.unit(Long.parseLong(key)).map(u -> u.name()).orElse(key);
        }
        return key;
    }
}
