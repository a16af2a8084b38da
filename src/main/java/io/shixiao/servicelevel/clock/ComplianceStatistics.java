package io.shixiao.servicelevel.clock;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compliance per standard × branch × period: how many clocks started, how many were met, how many
 * breached, the on-time rate among those decided, the median and 90th percentile of the counted time
 * of stopped clocks, and the most frequent breach reasons given at acknowledgement. Insurer staff see
 * their subtree; the administrator and the association see every insurer (the association only these
 * aggregates, never a clock).
 */
@Component
public class ComplianceStatistics {

    private final JdbcClient jdbc;
    private final ClockScope scopes;

    ComplianceStatistics(JdbcClient jdbc, ClockScope scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** How the started clocks are grouped in time. */
    public enum Period {
        /** One row per Shanghai calendar day. */
        DAY,
        /** One row per ISO week, starting Monday. */
        WEEK,
        /** One row per calendar month. */
        MONTH
    }

    /**
     * One group of the statistics; rates and percentiles are null where nothing was decided or stopped.
     * {@code lateEntries} counts the clocks whose stop was a back-dated entry (补录), shown apart so that a
     * rate built on late entries can be told from one built on steps recorded as they happened.
     */
    public record Line(
            String standardCode,
            long orgUnitId,
            LocalDate period,
            long count,
            long met,
            long breached,
            long lateEntries,
            Double onTimeRate,
            Double p50ElapsedSeconds,
            Double p90ElapsedSeconds,
            List<ReasonCount> topBreachReasons) {}

    /** A breach reason and how often it was given. */
    public record ReasonCount(String reason, long count) {}

    public List<Line> compliance(
            DataScope scope,
            LocalDate from,
            LocalDate toInclusive,
            String standardCode,
            Long orgUnitId,
            Period period) {
        if (scope.reach() == DataScope.Reach.COUNTY) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scopes.where(scope, new ClockBoard.Filter(orgUnitId, standardCode, null), params);
        params.put("from", Timestamp.from(from.atStartOfDay(ShanghaiTime.ZONE).toInstant()));
        params.put(
                "to",
                Timestamp.from(
                        toInclusive.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant()));
        params.put("unit", period.name().toLowerCase());
        Map<String, List<ReasonCount>> reasons = new LinkedHashMap<>();
        jdbc.sql("""
            select standard_code, org_unit_id, breach_ack_reason, count(*) as n from service_clock
            where breach_ack_reason is not null and started_at >= :from and started_at < :to and
            """ + where + " group by 1, 2, 3 order by n desc, 3")
                .params(params)
                .query(rs -> {
                    List<ReasonCount> list =
                            reasons.computeIfAbsent(rs.getString(1) + "|" + rs.getLong(2), k -> new ArrayList<>());
                    if (list.size() < 3) {
                        list.add(new ReasonCount(rs.getString(3), rs.getLong(4)));
                    }
                });
        return jdbc.sql("""
            select standard_code, org_unit_id,
              cast(date_trunc(:unit, started_at at time zone 'Asia/Shanghai') as date) as period,
              count(*) as total,
              count(*) filter (where state = 'MET') as met,
              count(*) filter (where state = 'BREACHED') as breached,
              count(*) filter (where late_stop) as late_entries,
              percentile_cont(0.5) within group (order by elapsed_seconds) filter (where stopped_at is not null) as p50,
              percentile_cont(0.9) within group (order by elapsed_seconds) filter (where stopped_at is not null) as p90
            from service_clock
            where state <> 'CANCELLED' and started_at >= :from and started_at < :to and
            """ + where + " group by 1, 2, 3 order by 3, 1, 2")
                .params(params)
                .query((rs, n) -> {
                    long met = rs.getLong("met");
                    long breached = rs.getLong("breached");
                    double p50 = rs.getDouble("p50");
                    Double median = rs.wasNull() ? null : p50;
                    double p90 = rs.getDouble("p90");
                    Double ninetieth = rs.wasNull() ? null : p90;
                    return new Line(
                            rs.getString("standard_code"),
                            rs.getLong("org_unit_id"),
                            rs.getObject("period", LocalDate.class),
                            rs.getLong("total"),
                            met,
                            breached,
                            rs.getLong("late_entries"),
                            met + breached == 0 ? null : (double) met / (met + breached),
                            median,
                            ninetieth,
                            reasons.getOrDefault(
                                    rs.getString("standard_code") + "|" + rs.getLong("org_unit_id"), List.of()));
                })
                .list();
    }
}
