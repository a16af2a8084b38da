package io.shixiao.complaints.application;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.PolicyCounts;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import io.shixiao.shared.time.ShanghaiTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints dashboard's figures (issue 9, item 10): open complaints by the engine's state of their
 * governing clock, and complaints received per 10,000 policies in force per branch. Deadlines and clock
 * states are the engine's; policies are counted by the policies module; only what the scope sees counts.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintStatistics {

    /** Where an open complaint stands, by the clock that governs it. */
    public enum ClockStanding {
        /** Running, no warning threshold reached. */
        ON_TIME,
        /** Running, and the engine raised one of the standard's warnings. */
        WARNING,
        /** The deadline passed before the step was done. */
        BREACHED,
        /** Not counting: an appraisal or mediation (投诉办法第十八条第二款). */
        PAUSED,
        /** No clock waits for a step, e.g. decided and awaiting closure. */
        NO_CLOCK
    }

    /**
     * One branch's complaints per 10,000 policies.
     *
     * @param policiesInForce at the end of the period's last day
     * @param perTenThousand complaints ÷ policies × 10,000, two decimals; null when the branch has no policy
     */
    public record BranchRate(
            long unitId,
            String unitName,
            long complaints,
            long policiesInForce,
            @Nullable Double perTenThousand) {}

    private final JdbcClient jdbc;
    private final ComplaintClocks clocks;
    private final OrganizationDirectory organization;
    private final PolicyCounts policies;

    ComplaintStatistics(
            JdbcClient jdbc, ComplaintClocks clocks, OrganizationDirectory organization, PolicyCounts policies) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.organization = organization;
        this.policies = policies;
    }

    /** Open complaints (neither closed nor withdrawn) by the standing of their governing clock; every standing present. */
    public Map<ClockStanding, Long> openByClockStanding(DataScope scope) {
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        List<CaseRef> open = jdbc.sql("""
                        select c.insurer_id, c.number from complaint c
                        where %s and c.status not in ('CLOSED', 'WITHDRAWN')""".formatted(visible.predicate()))
                .params(visible.params())
                .query((rs, n) -> CaseRef.of(CaseType.COMPLAINT, rs.getLong("insurer_id"), rs.getString("number")))
                .list();
        Map<CaseRef, CaseDeadlines> deadlines = open.isEmpty() ? Map.of() : clocks.deadlines(open);
        Map<ClockStanding, Long> counts = new EnumMap<>(ClockStanding.class);
        for (ClockStanding standing : ClockStanding.values()) {
            counts.put(standing, 0L);
        }
        for (CaseRef ref : open) {
            CaseDeadlines caseDeadlines = deadlines.get(ref);
            counts.merge(standing(caseDeadlines == null ? List.of() : caseDeadlines.clocks()), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * The governing clock of a complaint is the engine's rule for a step carried over to the whole case: the
     * earliest deadline among the clocks still waiting for their stop (a breached one included).
     */
    static ClockStanding standing(List<ClockView> clocks) {
        ClockView governing = clocks.stream()
                .filter(ClockView::waitingForStop)
                .min(Comparator.comparing(ClockView::deadline))
                .orElse(null);
        if (governing == null) {
            return ClockStanding.NO_CLOCK;
        }
        if (governing.state() == ClockState.BREACHED) {
            return ClockStanding.BREACHED;
        }
        if (governing.state() == ClockState.PAUSED) {
            return ClockStanding.PAUSED;
        }
        return governing.warnedPercent() > 0 ? ClockStanding.WARNING : ClockStanding.ON_TIME;
    }

    /**
     * Complaints received from {@code from} to {@code to} (inclusive, Shanghai days) per branch (分公司) the
     * scope sees — or the caller's own unit when they work below a branch — divided by the policies in force
     * at the end of {@code to} and multiplied by 10,000.
     */
    public List<BranchRate> perTenThousandPolicies(DataScope scope, LocalDate from, LocalDate to) {
        List<OrgUnitView> visibleUnits = organization.units(scope);
        List<OrgUnitView> branches = visibleUnits.stream()
                .filter(u -> u.level() == OrgUnitLevel.BRANCH)
                .toList();
        Long own = scope.orgUnitId();
        if (branches.isEmpty() && own != null) {
            branches = visibleUnits.stream().filter(u -> u.id() == own).toList();
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        Instant start = from.atStartOfDay(ShanghaiTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ShanghaiTime.ZONE).toInstant();
        ScopeSql visible = ScopeSql.over("c.insurer_id", "c.org_path", scope);
        List<Map.Entry<String, Long>> received = jdbc.sql("""
                        select c.org_path, count(*) as complaints from complaint c
                        where %s and c.received_at >= :from and c.received_at < :to
                        group by c.org_path""".formatted(visible.predicate()))
                .params(visible.params())
                .param("from", Timestamp.from(start))
                .param("to", Timestamp.from(end))
                .query((rs, n) -> Map.entry(rs.getString("org_path"), rs.getLong("complaints")))
                .list();
        // The last second of the period: a policy ending at 24:00 of its last day was in force all through it.
        Map<String, Long> inForce =
                policies.inForceUnder(branches.stream().map(OrgUnitView::path).toList(), end.minusSeconds(1), scope);
        return branches.stream()
                .map(branch -> {
                    long complaints = received.stream()
                            .filter(e -> e.getKey().startsWith(branch.path()))
                            .mapToLong(Map.Entry::getValue)
                            .sum();
                    long policyCount = inForce.getOrDefault(branch.path(), 0L);
                    Double rate = policyCount == 0 ? null : Math.round(complaints * 1_000_000.0 / policyCount) / 100.0;
                    return new BranchRate(branch.id(), branch.name(), complaints, policyCount, rate);
                })
                .toList();
    }
}
