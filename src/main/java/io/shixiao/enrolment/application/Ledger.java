package io.shixiao.enrolment.application;

import io.shixiao.enrolment.domain.Coverage;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.shared.division.Division;
import io.shixiao.shared.security.DataScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The scheme's money and coverage by village, rolled up to township and county: registered and enrolled
 * households (应保尽保), the premium by funding source, and the figure the scheme's rules give for the
 * enrolled households of each category — so every village, town and the county reconciles or shows
 * that it does not.
 */
@Service
public class Ledger {

    private final JdbcClient jdbc;
    private final Schemes schemes;

    Ledger(JdbcClient jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.schemes = schemes;
    }

    /** The county's ledger: one line per village of the county, towns and the total computed from them. */
    public CountyLedger of(long schemeId, DataScope scope) {
        Scheme scheme = schemes.visible(schemeId, scope);
        Map<String, LedgerLine> byVillage = new HashMap<>();
        Map<String, long[]> expected = new HashMap<>();
        jdbc.sql("""
                select e.village_code, e.category, e.top_up, count(*) as households
                from rural_enrolment e where e.scheme_id = :s and e.status = 'ENROLLED'
                group by e.village_code, e.category, e.top_up""")
                .param("s", schemeId)
                .query((rs, n) -> {
                    long premium = scheme.rules()
                            .splitFor(HouseholdCategory.valueOf(rs.getString("category")), rs.getBoolean("top_up"))
                            .premium();
                    expected.computeIfAbsent(rs.getString("village_code"), k -> new long[1])[0] +=
                            premium * rs.getLong("households");
                    return null;
                })
                .list();
        Map<String, Division> villages = schemes.villages(scheme);
        jdbc.sql("""
                select h.village_code, count(*) as registered,
                  count(*) filter (where e.status = 'ENROLLED') as enrolled,
                  coalesce(sum(e.premium_fen), 0) as premium, coalesce(sum(e.farmer_fen), 0) as farmer,
                  coalesce(sum(e.central_fen), 0) as central, coalesce(sum(e.province_fen), 0) as province,
                  coalesce(sum(e.county_fen), 0) as county, coalesce(sum(e.top_up_fen), 0) as top_up,
                  coalesce(sum(e.farmer_fen + e.top_up_fen) filter (where e.farmer_paid), 0) as farmer_paid
                from rural_household h join rural_enrolment e on e.household_id = h.id
                where h.scheme_id = :s group by h.village_code""")
                .param("s", schemeId)
                .query((rs, n) -> {
                    String code = rs.getString("village_code");
                    Division village = villages.get(code);
                    byVillage.put(
                            code,
                            new LedgerLine(
                                    code,
                                    village == null ? code : village.name(),
                                    rs.getLong("registered"),
                                    rs.getLong("enrolled"),
                                    rs.getLong("premium"),
                                    rs.getLong("farmer"),
                                    rs.getLong("central"),
                                    rs.getLong("province"),
                                    rs.getLong("county"),
                                    rs.getLong("top_up"),
                                    rs.getLong("farmer_paid"),
                                    expected.getOrDefault(code, new long[1])[0]));
                    return null;
                })
                .list();
        Map<String, TownLedger> towns = new LinkedHashMap<>();
        LedgerLine total = LedgerLine.empty(scheme.countyCode(), schemes.divisionName(scheme.countyCode()));
        for (Division town : schemes.towns(scheme)) {
            List<LedgerLine> lines = new ArrayList<>();
            LedgerLine sum = LedgerLine.empty(town.code().value(), town.name());
            for (Division village : villagesOf(town, villages)) {
                String code = village.code().value();
                LedgerLine line = byVillage.getOrDefault(code, LedgerLine.empty(code, village.name()));
                lines.add(line);
                sum = sum.plus(line, sum.code(), sum.name());
            }
            towns.put(town.code().value(), new TownLedger(sum, lines));
            total = total.plus(sum, total.code(), total.name());
        }
        Map<String, Long> reasons = new LinkedHashMap<>();
        jdbc.sql("select decline_reason, count(*) from rural_enrolment where scheme_id = :s and status = 'DECLINED'"
                        + " group by decline_reason order by 2 desc")
                .param("s", schemeId)
                .query((rs, n) -> reasons.put(rs.getString(1), rs.getLong(2)))
                .list();
        return new CountyLedger(scheme, total, List.copyOf(towns.values()), reasons);
    }

    private static List<Division> villagesOf(Division town, Map<String, Division> villages) {
        return villages.values().stream()
                .filter(v -> town.code().equals(v.parentCode()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /** A township's total and its villages. */
    public record TownLedger(LedgerLine total, List<LedgerLine> villages) {

        public Coverage coverage() {
            return new Coverage(total.registered(), total.enrolled());
        }
    }

    /** The county: its total, its townships with their villages, and why households are not enrolled. */
    public record CountyLedger(
            Scheme scheme, LedgerLine total, List<TownLedger> towns, Map<String, Long> declineReasons) {

        public Coverage coverage() {
            return new Coverage(total.registered(), total.enrolled());
        }

        /** Whether every village, every township and the county reconcile. */
        public boolean reconciles() {
            return total.reconciles()
                    && towns.stream()
                            .allMatch(t -> t.total().reconciles()
                                    && t.villages().stream().allMatch(LedgerLine::reconciles));
        }
    }
}
