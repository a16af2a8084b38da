package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.PremiumSplit;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 续保 (年度服务计划 第十二个月: 「做好客户回访和续保工作」): the households of year N carried into the scheme of
 * year N+1. The next year's scheme is created as a copy of this one (same unit, bid, authority, rules,
 * texts and blanks, the period a year on) unless the county has it already, in which case its own rules
 * hold. Every household of N not yet registered in N+1 (by its 户口簿 number, R04) is registered again —
 * its encrypted personal data copied as stored — with a new policy: enrolled where it was enrolled in N,
 * at the premium split the N+1 scheme gives its category, the farmer's share unpaid; a household not
 * enrolled in N stays not enrolled for the same reason until staff enrol it. Running it again creates
 * nothing.
 */
@Service
public class SchemeRenewals {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Schemes schemes;
    private final AuditTrail audit;
    private final Clock clock;

    SchemeRenewals(JdbcClient jdbc, JdbcTemplate batch, Schemes schemes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.schemes = schemes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a renewal did.
     *
     * @param schemeCreated whether the N+1 scheme was created now (false: it existed)
     * @param households households registered in N+1 now
     * @param enrolled of them, enrolled with a new policy
     */
    public record Renewal(long fromSchemeId, Scheme scheme, boolean schemeCreated, int households, int enrolled) {}

    @Transactional
    public Renewal renew(long schemeId, DataScope scope, String actor) {
        Scheme from = schemes.visible(schemeId, scope);
        int year = from.year() + 1;
        boolean created = schemes.find(from.countyCode(), year).isEmpty();
        Scheme to = created
                ? schemes.create(nextYear(from), actor)
                : schemes.find(from.countyCode(), year).orElseThrow();
        Instant now = clock.instant();
        int households = jdbc.sql("""
                insert into rural_household (scheme_id, town_code, village_code, register_no, head_name, head_name_masked,
                  head_id, head_id_masked, head_id_hash, members, address, structure, year_built, floor_area, category,
                  top_up, bank_account, bank_masked, phone, phone_masked, id_conflict, created_by, created_at)
                select :to, h.town_code, h.village_code, h.register_no, h.head_name, h.head_name_masked, h.head_id,
                  h.head_id_masked, h.head_id_hash, h.members, h.address, h.structure, h.year_built, h.floor_area,
                  h.category, h.top_up, h.bank_account, h.bank_masked, h.phone, h.phone_masked, h.id_conflict, :actor, :now
                from rural_household h
                where h.scheme_id = :from
                  and not exists (select 1 from rural_household n where n.scheme_id = :to and n.register_no = h.register_no)
                order by h.id""")
                .param("to", to.id())
                .param("from", from.id())
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update();
        int enrolled = enrolCarried(from, to, actor, now);
        if (created || households > 0) {
            audit.recordWrite(
                    "RENEW",
                    "RuralScheme",
                    to.id(),
                    households + " households of " + from.year() + " carried into " + year + ", " + enrolled
                            + " enrolled, farmer's share unpaid"
                            + (created ? "; scheme copied from " + from.id() : ""));
        }
        return new Renewal(from.id(), to, created, households, enrolled);
    }

    /** A policy for each carried household that has none yet; returns how many are enrolled. */
    private int enrolCarried(Scheme from, Scheme to, String actor, Instant now) {
        List<Map<String, Object>> carried = jdbc.sql("""
                select n.id, n.village_code, n.category, n.top_up, e.status, e.decline_reason
                from rural_household n
                  join rural_household o on o.scheme_id = :from and o.register_no = n.register_no
                  join rural_enrolment e on e.household_id = o.id
                where n.scheme_id = :to
                  and not exists (select 1 from rural_enrolment x where x.household_id = n.id)
                order by n.id""")
                .param("from", from.id())
                .param("to", to.id())
                .query()
                .listOfRows();
        Timestamp at = Timestamp.from(now);
        List<Object[]> policies = new ArrayList<>(carried.size());
        int enrolled = 0;
        for (Map<String, Object> row : carried) {
            long id = ((Number) row.get("id")).longValue();
            boolean enrol = "ENROLLED".equals(row.get("status"));
            String category = (String) row.get("category");
            boolean topUp = (Boolean) row.get("top_up");
            PremiumSplit split = enrol
                    ? to.rules().splitFor(HouseholdCategory.valueOf(category), topUp)
                    : new PremiumSplit(0, 0, 0, 0, 0, 0, 0);
            enrolled += enrol ? 1 : 0;
            policies.add(new Object[] {
                to.id(),
                id,
                row.get("village_code"),
                HouseholdWriter.policyNo(to, id),
                enrol ? "ENROLLED" : "DECLINED",
                enrol ? null : row.get("decline_reason"),
                category,
                topUp,
                split.sumInsured(),
                split.premium(),
                split.farmer(),
                split.central(),
                split.province(),
                split.county(),
                split.topUp(),
                actor,
                at
            });
        }
        batch.batchUpdate("""
                insert into rural_enrolment (scheme_id, household_id, village_code, policy_no, status, decline_reason,
                  category, top_up, sum_insured_fen, premium_fen, farmer_fen, central_fen, province_fen, county_fen,
                  top_up_fen, enrolled_by, enrolled_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", policies);
        return enrolled;
    }

    /** The scheme of the next year as a copy of {@code from}: its rules, texts and blanks, a year on. */
    private SchemeDraft nextYear(Scheme from) {
        String year = String.valueOf(from.year());
        String next = String.valueOf(from.year() + 1);
        String name = from.name().contains(year) ? from.name().replace(year, next) : from.name() + "（" + next + "年度）";
        LocalDate periodFrom = from.periodTo().plusDays(1);
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        return new SchemeDraft(
                from.countyCode(),
                from.year() + 1,
                name,
                from.orgUnitId(),
                from.bidDocument(),
                from.countyAuthority(),
                today.isBefore(periodFrom) ? today : periodFrom,
                periodFrom,
                periodFrom.plusYears(1).minusDays(1),
                from.rules(),
                from.perils(),
                from.exclusions(),
                from.insuredObject(),
                from.excludedObjects(),
                schemes.serviceLimits(from.id()));
    }
}
