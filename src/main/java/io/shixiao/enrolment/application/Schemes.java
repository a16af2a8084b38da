package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.shared.division.Division;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.division.DivisionLevel;
import io.shixiao.shared.division.Divisions;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schemes: created by the platform administrator with their contract registered with the
 * service-level engine (so the bid's HZ-* standards bind the scheme's claims only while it is in
 * force) and the bid's blanks set through the engine's API; rules edited with optimistic locking; read
 * within the reader's data scope.
 */
@Service
public class Schemes {

    private final JdbcClient jdbc;
    private final ServiceContracts contracts;
    private final OrganizationDirectory organization;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final Clock clock;

    Schemes(
            JdbcClient jdbc,
            ServiceContracts contracts,
            OrganizationDirectory organization,
            Divisions divisions,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.organization = organization;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a scheme, records its contract with the engine and sets the bid's blanks, all or nothing. */
    @Transactional
    public Scheme create(SchemeDraft draft, String actor) {
        Division county = divisions
                .find(draft.countyCode())
                .filter(d -> d.level() == DivisionLevel.COUNTY)
                .orElseThrow(() -> new InvalidInputException("countyCode", "not a county of the division registry"));
        OrgUnitView unit = organization
                .unit(draft.orgUnitId())
                .filter(OrgUnitView::active)
                .orElseThrow(() -> new InvalidInputException("orgUnitId", "no active unit " + draft.orgUnitId()));
        if (draft.periodFrom() == null
                || draft.periodTo() == null
                || draft.periodTo().isBefore(draft.periodFrom())) {
            throw new InvalidInputException("periodTo", "the period ends on or after its first day");
        }
        if (jdbc.sql("select count(*) from rural_scheme where county_code = :county and scheme_year = :year")
                        .param("county", county.code().value())
                        .param("year", draft.year())
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException("year", county.name() + " already has a scheme for " + draft.year());
        }
        SchemeRules r = draft.rules();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rural_scheme (county_code, scheme_year, name, insurer_id, org_unit_id, org_path, bid_document,
                  county_authority, period_from, period_to, premium_fen, farmer_fen, central_percent, province_percent,
                  county_percent, sum_insured_fen, special_farmer_fen, special_sum_insured_fen, top_up_fen,
                  top_up_sum_insured_fen, deductible_fen, notice_days, perils, exclusions, insured_object,
                  excluded_objects, updated_by, updated_at)
                values (:county, :year, :name, :insurer, :unit, :path, :bid, :authority, :from, :to, :premium, :farmer,
                  :central, :province, :countyShare, :sumInsured, :specialFarmer, :specialSum, :topUp, :topUpSum,
                  :deductible, :noticeDays, :perils, :exclusions, :object, :excluded, :actor, :now)""")
                .param("county", county.code().value())
                .param("year", draft.year())
                .param("name", text("name", draft.name(), 200))
                .param("insurer", unit.insurerId())
                .param("unit", unit.id())
                .param("path", unit.path())
                .param("bid", draft.bidDocument())
                .param("authority", text("countyAuthority", draft.countyAuthority(), 200))
                .param("from", draft.periodFrom())
                .param("to", draft.periodTo())
                .param("premium", r.premium())
                .param("farmer", r.farmerShare())
                .param("central", r.centralPercent())
                .param("province", r.provincePercent())
                .param("countyShare", r.countyPercent())
                .param("sumInsured", r.sumInsured())
                .param("specialFarmer", r.specialFarmerShare())
                .param("specialSum", r.specialSumInsured())
                .param("topUp", r.topUp())
                .param("topUpSum", r.toppedUpSumInsured())
                .param("deductible", r.deductible())
                .param("noticeDays", r.noticeDays())
                .param("perils", text("perils", draft.perils(), 4000))
                .param("exclusions", text("exclusions", draft.exclusions(), 4000))
                .param("object", text("insuredObject", draft.insuredObject(), 4000))
                .param("excluded", text("excludedObjects", draft.excludedObjects(), 4000))
                .param("actor", actor)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        ContractParty party = ContractParty.scheme(id);
        contracts.record(
                party,
                draft.bidDocument(),
                draft.countyAuthority(),
                draft.signedOn(),
                draft.periodFrom(),
                draft.periodTo(),
                actor);
        setServiceLimits(id, draft.serviceLimits(), actor);
        audit.recordWrite(
                "CREATE",
                "RuralScheme",
                id,
                county.name() + " " + draft.year() + " run by unit " + unit.code() + ", contract "
                        + draft.bidDocument());
        return find(id).orElseThrow();
    }

    /**
     * Sets the bid's blanks ({@code XXX个工作日}) of a scheme through the engine's API; the engine checks
     * each name and number and audits the change.
     */
    @Transactional
    public void setServiceLimits(long schemeId, Map<String, Integer> limits, String actor) {
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            if (limit.getValue() == null) {
                throw new InvalidInputException(limit.getKey(), "required");
            }
            contracts.setParameter(ContractParty.scheme(schemeId), limit.getKey(), limit.getValue(), actor);
        }
    }

    /** The blanks the scheme has set with the engine. */
    public Map<String, Integer> serviceLimits(long schemeId) {
        return contracts.parametersOf(ContractParty.scheme(schemeId));
    }

    /** Changes the money rules of a scheme (administrator); {@code version} is the version read. */
    @Transactional
    public Scheme updateRules(long schemeId, SchemeRules r, int version, String actor) {
        Scheme before = find(schemeId).orElseThrow(() -> new NotFoundException("Scheme", schemeId));
        int changed = jdbc.sql("""
                update rural_scheme set premium_fen = :premium, farmer_fen = :farmer, central_percent = :central,
                  province_percent = :province, county_percent = :countyShare, sum_insured_fen = :sumInsured,
                  special_farmer_fen = :specialFarmer, special_sum_insured_fen = :specialSum, top_up_fen = :topUp,
                  top_up_sum_insured_fen = :topUpSum, deductible_fen = :deductible, notice_days = :noticeDays,
                  updated_by = :actor, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("premium", r.premium())
                .param("farmer", r.farmerShare())
                .param("central", r.centralPercent())
                .param("province", r.provincePercent())
                .param("countyShare", r.countyPercent())
                .param("sumInsured", r.sumInsured())
                .param("specialFarmer", r.specialFarmerShare())
                .param("specialSum", r.specialSumInsured())
                .param("topUp", r.topUp())
                .param("topUpSum", r.toppedUpSumInsured())
                .param("deductible", r.deductible())
                .param("noticeDays", r.noticeDays())
                .param("actor", actor)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("id", schemeId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("version", "the scheme changed since version " + version + " was read");
        }
        audit.recordWrite("UPDATE", "RuralScheme", schemeId, "rules " + before.rules() + " → " + r);
        return find(schemeId).orElseThrow();
    }

    /** The schemes visible in {@code scope}, latest year first. */
    public List<Scheme> visible(DataScope scope) {
        ScopeSql where = SchemeAccess.predicate(scope);
        return jdbc.sql("select s.* from rural_scheme s where " + where.predicate()
                        + " order by s.scheme_year desc, s.county_code")
                .params(where.params())
                .query(Schemes::map)
                .list();
    }

    /** A scheme the reader may see; 404 otherwise, as if it did not exist. */
    public Scheme visible(long id, DataScope scope) {
        return find(id).filter(s -> SchemeAccess.canSee(s, scope))
                .orElseThrow(() -> new NotFoundException("Scheme", id));
    }

    public Optional<Scheme> find(long id) {
        return jdbc.sql("select s.* from rural_scheme s where s.id = :id")
                .param("id", id)
                .query(Schemes::map)
                .optional();
    }

    public Optional<Scheme> find(String countyCode, int year) {
        return jdbc.sql("select s.* from rural_scheme s where s.county_code = :county and s.scheme_year = :year")
                .param("county", countyCode)
                .param("year", year)
                .query(Schemes::map)
                .optional();
    }

    /** The villages of the scheme's county by code, with their township. */
    public Map<String, Division> villages(Scheme scheme) {
        Map<String, Division> villages = new HashMap<>();
        for (Division town : divisions.children(DivisionCode.of(scheme.countyCode()))) {
            for (Division village : divisions.children(town.code())) {
                villages.put(village.code().value(), village);
            }
        }
        return villages;
    }

    /** The townships of the scheme's county in code order. */
    public List<Division> towns(Scheme scheme) {
        return divisions.children(DivisionCode.of(scheme.countyCode()));
    }

    public Set<String> villageCodes(Scheme scheme) {
        return villages(scheme).keySet().stream().collect(Collectors.toSet());
    }

    public String divisionName(String code) {
        return divisions.find(code).map(Division::name).orElse(code);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidInputException(field, "required, at most " + max + " characters");
        }
        return value.strip();
    }

    static Scheme map(ResultSet rs, int row) throws SQLException {
        return new Scheme(
                rs.getLong("id"),
                rs.getString("county_code"),
                rs.getInt("scheme_year"),
                rs.getString("name"),
                rs.getLong("insurer_id"),
                rs.getLong("org_unit_id"),
                rs.getString("org_path"),
                rs.getString("bid_document"),
                rs.getString("county_authority"),
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class),
                new SchemeRules(
                        rs.getLong("premium_fen"),
                        rs.getLong("farmer_fen"),
                        rs.getInt("central_percent"),
                        rs.getInt("province_percent"),
                        rs.getInt("county_percent"),
                        rs.getLong("sum_insured_fen"),
                        rs.getLong("special_farmer_fen"),
                        rs.getLong("special_sum_insured_fen"),
                        rs.getLong("top_up_fen"),
                        rs.getLong("top_up_sum_insured_fen"),
                        rs.getLong("deductible_fen"),
                        rs.getInt("notice_days")),
                rs.getString("perils"),
                rs.getString("exclusions"),
                rs.getString("insured_object"),
                rs.getString("excluded_objects"),
                rs.getInt("version"));
    }
}
