package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.enrolment.domain.ImportColumn;
import io.shixiao.enrolment.domain.PremiumSplit;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household registry and enrolment one by one: register a household (every field checked as in the
 * import; one dwelling per 户口簿; an ID number already heading another household refused and that
 * household flagged), enrol or record why not, record the farmer's payment, list a village masked, and
 * show one household's personal data in full — audited as a view.
 */
@Service
public class Households {

    private static final String SELECT = """
            select h.id, h.scheme_id, h.village_code, h.register_no, h.head_name_masked, h.head_id_masked, h.members,
              h.structure, h.year_built, h.floor_area, h.category, h.top_up, h.bank_masked, h.phone_masked,
              h.id_conflict, e.id as enrolment_id, e.policy_no, e.status, e.decline_reason, e.premium_fen,
              e.farmer_fen, e.sum_insured_fen, e.farmer_paid, e.version as enrolment_version
            from rural_household h join rural_enrolment e on e.household_id = h.id
            """;

    private final JdbcClient jdbc;
    private final HouseholdWriter writer;
    private final Schemes schemes;
    private final VillageLiaisons liaisons;
    private final PiiCipher pii;
    private final AuditTrail audit;
    private final Clock clock;

    Households(
            JdbcClient jdbc,
            HouseholdWriter writer,
            Schemes schemes,
            VillageLiaisons liaisons,
            PiiCipher pii,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.liaisons = liaisons;
        this.writer = writer;
        this.schemes = schemes;
        this.pii = pii;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers one household from a page; enrolled unless {@code declined} names why not. */
    @Transactional
    public HouseholdView register(
            long schemeId, Map<ImportColumn, String> cells, @Nullable DeclineReason declined, ScopedUser user) {
        Scheme scheme = workable(schemeId, user);
        HouseholdRow.Checked checked = HouseholdRow.check(cells, schemes.villageCodes(scheme), scheme.year());
        if (!checked.valid()) {
            throw new InvalidInputException(
                    fieldOf(checked.problem().column()), checked.problem().reason());
        }
        HouseholdRow row = checked.row();
        if (jdbc.sql("select count(*) from rural_household where scheme_id = :s and register_no = :r")
                        .param("s", schemeId)
                        .param("r", row.registerNo())
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ConflictException("registerNo", "该户口簿已登记（一户只保一座房屋）");
        }
        String hash = writer.idHash(row.headId());
        List<String> others = jdbc.sql(
                        "select village_code from rural_household where scheme_id = :s and head_id_hash = :h")
                .param("s", schemeId)
                .param("h", hash)
                .query(String.class)
                .list();
        if (!others.isEmpty()) {
            flagConflict(schemeId, hash);
            throw new ConflictException("headId", "该身份证号已是" + schemes.divisionName(others.get(0)) + "另一户的户主，已标记待核查");
        }
        long id = writer.register(
                        scheme,
                        List.of(row),
                        declined == null ? List.of() : List.of(declined),
                        user.username(),
                        clock.instant())
                .get(0);
        audit.recordWrite(
                "CREATE",
                "RuralHousehold",
                id,
                "registered in " + row.villageCode()
                        + (declined == null ? ", enrolled" : ", not enrolled: " + declined));
        return view(id);
    }

    /**
     * Registers many households already checked (first-run data, bulk tools), each enrolled unless
     * {@code declined} names why not (same order, or empty); duplicates are the caller's to avoid.
     */
    @Transactional
    public int registerAll(long schemeId, List<HouseholdRow> rows, List<DeclineReason> declined, ScopedUser user) {
        Scheme scheme = workable(schemeId, user);
        writer.register(scheme, rows, declined, user.username(), clock.instant());
        audit.recordWrite("CREATE", "RuralHousehold", schemeId, rows.size() + " households registered in bulk");
        return rows.size();
    }

    /** Marks every household of the scheme whose head has this ID hash as conflicting, for review. */
    void flagConflict(long schemeId, String hash) {
        jdbc.sql("update rural_household set id_conflict = true where scheme_id = :s and head_id_hash = :h")
                .param("s", schemeId)
                .param("h", hash)
                .update();
    }

    /** Enrols a household that was not, with the premium split of its category today. */
    @Transactional
    public HouseholdView enrol(long householdId, int version, ScopedUser user) {
        HouseholdView household = workableHousehold(householdId, user);
        Scheme scheme = schemes.find(household.schemeId()).orElseThrow();
        PremiumSplit split =
                scheme.rules().splitFor(HouseholdCategory.valueOf(household.category()), household.topUp());
        int changed = jdbc.sql("""
                update rural_enrolment set status = 'ENROLLED', decline_reason = null, sum_insured_fen = :sum,
                  premium_fen = :premium, farmer_fen = :farmer, central_fen = :central, province_fen = :province,
                  county_fen = :county, top_up_fen = :topUp, enrolled_by = :actor, enrolled_at = :now,
                  version = version + 1
                where household_id = :h and status = 'DECLINED' and version = :version""")
                .param("sum", split.sumInsured())
                .param("premium", split.premium())
                .param("farmer", split.farmer())
                .param("central", split.central())
                .param("province", split.province())
                .param("county", split.county())
                .param("topUp", split.topUp())
                .param("actor", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("h", householdId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("version", "the household is enrolled already or changed since it was read");
        }
        audit.recordWrite("UPDATE", "RuralEnrolment", household.enrolmentId(), "enrolled");
        return view(householdId);
    }

    /** Records why a household is not enrolled (before its farmer share is paid). */
    @Transactional
    public HouseholdView decline(long householdId, DeclineReason reason, int version, ScopedUser user) {
        HouseholdView household = workableHousehold(householdId, user);
        int changed = jdbc.sql("""
                update rural_enrolment set status = 'DECLINED', decline_reason = :reason, sum_insured_fen = 0,
                  premium_fen = 0, farmer_fen = 0, central_fen = 0, province_fen = 0, county_fen = 0, top_up_fen = 0,
                  version = version + 1
                where household_id = :h and farmer_paid = false and version = :version""")
                .param("reason", reason.name())
                .param("h", householdId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException(
                    "version", "the farmer has paid already or the household changed since it was read");
        }
        audit.recordWrite("UPDATE", "RuralEnrolment", household.enrolmentId(), "not enrolled: " + reason);
        return view(householdId);
    }

    /** Records that the farmer paid the household's share (the voucher is given, R16). */
    @Transactional
    public HouseholdView recordPayment(long householdId, int version, ScopedUser user) {
        HouseholdView household = workableHousehold(householdId, user);
        int changed = jdbc.sql("""
                update rural_enrolment set farmer_paid = true, paid_at = :now, version = version + 1
                where household_id = :h and status = 'ENROLLED' and farmer_paid = false and version = :version""")
                .param("now", Timestamp.from(clock.instant()))
                .param("h", householdId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("version", "not enrolled, paid already, or changed since it was read");
        }
        audit.recordWrite("UPDATE", "RuralEnrolment", household.enrolmentId(), "farmer share paid");
        return view(householdId);
    }

    /** The households of a village, masked, for a reader who sees the scheme. */
    public List<HouseholdView> ofVillage(long schemeId, String villageCode, ScopedUser user, int limit) {
        schemes.visible(schemeId, user.dataScope());
        return jdbc.sql(SELECT + " where h.scheme_id = :s and h.village_code = :v order by h.register_no limit :limit")
                .param("s", schemeId)
                .param("v", villageCode)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(Households::map)
                .list();
    }

    /**
     * The enrolled households of a village the liaison may report, masked, those matching {@code query}
     * first: a 户口簿 number containing it or a head whose name contains it (names are stored encrypted, so
     * they are compared here and never shown). Staff working the scheme only.
     */
    public List<HouseholdView> reportable(long schemeId, String villageCode, @Nullable String query, ScopedUser user) {
        reporting(schemeId, villageCode, user);
        String q = query == null ? "" : query.strip();
        List<HouseholdView> enrolled = jdbc.sql(SELECT + " where h.scheme_id = :s and h.village_code = :v"
                        + " and e.status = 'ENROLLED' order by h.register_no limit 500")
                .param("s", schemeId)
                .param("v", villageCode)
                .query(Households::map)
                .list();
        if (q.isEmpty()) {
            return enrolled;
        }
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, head_name from rural_household where scheme_id = :s and village_code = :v")
                .param("s", schemeId)
                .param("v", villageCode)
                .query()
                .listOfRows()
                .forEach(row -> names.put(
                        ((Number) row.get("id")).longValue(),
                        java.util.Objects.requireNonNullElse(pii.decrypt((String) row.get("head_name")), "")));
        return enrolled.stream()
                .filter(h -> h.registerNo().contains(q)
                        || names.getOrDefault(h.id(), "").contains(q))
                .toList();
    }

    /** One household, masked, for a reader who sees its scheme. */
    public HouseholdView visible(long householdId, ScopedUser user) {
        HouseholdView household = find(householdId).orElseThrow(() -> new NotFoundException("Household", householdId));
        try {
            schemes.visible(household.schemeId(), user.dataScope());
        } catch (NotFoundException e) {
            throw new NotFoundException("Household", householdId);
        }
        return household;
    }

    /** The household's personal data in full, for staff working the scheme; every view audited. */
    @Transactional
    public Map<String, String> reveal(long householdId, ScopedUser user) {
        workableHousehold(householdId, user);
        Map<String, String> plain = jdbc.sql(
                        "select head_name, head_id, address, bank_account, phone from rural_household where id = :id")
                .param("id", householdId)
                .query((rs, n) -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("headName", pii.decrypt(rs.getString("head_name")));
                    m.put("headId", pii.decrypt(rs.getString("head_id")));
                    m.put("address", pii.decrypt(rs.getString("address")));
                    m.put("bankAccount", pii.decrypt(rs.getString("bank_account")));
                    m.put("phone", pii.decrypt(rs.getString("phone")));
                    return m;
                })
                .single();
        audit.recordPiiView("RuralHousehold", householdId, "headName, headId, address, bankAccount, phone");
        return plain;
    }

    java.util.Optional<HouseholdView> find(long householdId) {
        return jdbc.sql(SELECT + " where h.id = :id")
                .param("id", householdId)
                .query(Households::map)
                .optional();
    }

    HouseholdView view(long householdId) {
        return find(householdId).orElseThrow();
    }

    Scheme workable(long schemeId, ScopedUser user) {
        Scheme scheme = schemes.visible(schemeId, user.dataScope());
        if (!SchemeAccess.canWork(scheme, user)) {
            throw new org.springframework.security.access.AccessDeniedException("the county authority reads only");
        }
        return scheme;
    }

    /** The scheme a damaged-house batch of {@code villageCode} goes into: a worker's, or a liaison's own village. */
    Scheme reporting(long schemeId, String villageCode, ScopedUser user) {
        return VillageLiaisons.isLiaison(user)
                ? liaisons.reportingScheme(schemeId, villageCode, user)
                : workable(schemeId, user);
    }

    private HouseholdView workableHousehold(long householdId, ScopedUser user) {
        HouseholdView household = visible(householdId, user);
        workable(household.schemeId(), user);
        return household;
    }

    static String fieldOf(ImportColumn column) {
        String name = column.name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    static HouseholdView map(ResultSet rs, int row) throws SQLException {
        return new HouseholdView(
                rs.getLong("id"),
                rs.getLong("scheme_id"),
                rs.getString("village_code"),
                rs.getString("register_no"),
                rs.getString("head_name_masked"),
                rs.getString("head_id_masked"),
                rs.getInt("members"),
                rs.getString("structure"),
                rs.getInt("year_built"),
                rs.getBigDecimal("floor_area"),
                rs.getString("category"),
                rs.getBoolean("top_up"),
                rs.getString("bank_masked"),
                rs.getString("phone_masked"),
                rs.getBoolean("id_conflict"),
                rs.getLong("enrolment_id"),
                rs.getString("policy_no"),
                rs.getString("status"),
                rs.getString("decline_reason"),
                rs.getLong("premium_fen"),
                rs.getLong("farmer_fen"),
                rs.getLong("sum_insured_fen"),
                rs.getBoolean("farmer_paid"),
                rs.getInt("enrolment_version"));
    }
}
