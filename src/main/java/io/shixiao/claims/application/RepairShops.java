package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.domain.Claim;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repair shops and the customer's choice of one (浙江规范第七章 2.3.8, seed C06: 「公司不得指定修理厂或配件供应商,
 * 但可向客户推荐具有机动车辆维修管理部门核定的具有二类以上维修资质的修理厂。」). Each insurer keeps its shops as data
 * (name, division, qualification class 一类/二类/三类, contact), set by its manager or the administrator and
 * audited. A recommendation lists only active shops of 二类以上 (class 1 or 2) in the accident's city and says that
 * the customer may choose any shop; the claim records the shop the customer chose, which may be one not listed or
 * not on file at all. There is no operation that assigns a shop to a claim.
 */
@Service
public class RepairShops {

    /** 二类以上: qualification classes 1 and 2; class 3 shops are kept but never recommended. */
    static final int LOWEST_RECOMMENDED_CLASS = 2;

    /** What every recommendation tells the customer, in so many words. */
    public static final String FREE_CHOICE = "您可自主选择任何修理厂维修，本公司不指定修理厂或配件供应商；以下仅为推荐的具有二类以上维修资质的修理厂。";

    private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");
    private static final int TEXT_LIMIT = 100;

    /** A shop on file. */
    public record Shop(
            long id,
            long insurerId,
            String name,
            String divisionCode,
            int qualificationClass,
            String contact,
            boolean active,
            String updatedBy,
            Instant updatedAt,
            int version) {

        /** Whether the shop may be recommended: 二类以上. */
        public boolean recommendable() {
            return active && qualificationClass <= LOWEST_RECOMMENDED_CLASS;
        }
    }

    /** What a shop is set to; {@code insurerId} only for the administrator, who belongs to no insurer. */
    public record ShopForm(
            @Nullable Long insurerId,
            @Nullable String name,
            @Nullable String divisionCode,
            @Nullable Integer qualificationClass,
            @Nullable String contact,
            @Nullable Boolean active,
            @Nullable Integer version) {}

    /** The recommendation for a claim: the free-choice statement, the shops, and the choice so far. */
    public record Recommendation(
            String claimNo,
            String city,
            String statement,
            List<Shop> shops,
            @Nullable Choice choice) {}

    /** The shop the customer chose; {@code shopId} when it is one on file. */
    public record Choice(
            @Nullable Long shopId, String shopName, boolean toldFreeChoice, String recordedBy, Instant recordedAt) {}

    private final JdbcClient jdbc;
    private final ClaimRepository claims;
    private final AuditTrail audit;
    private final Clock clock;

    RepairShops(JdbcClient jdbc, ClaimRepository claims, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shops visible in {@code scope}: an insurer's own, or every insurer's for the administrator. */
    public List<Shop> list(DataScope scope) {
        if (!scope.seesRecords()) {
            return List.of();
        }
        return jdbc.sql("select * from repair_shop where (cast(:insurer as bigint) is null or insurer_id = :insurer)"
                        + " order by insurer_id, division_code, qualification_class, name")
                .param("insurer", scope.insurerId())
                .query((rs, n) -> shop(rs))
                .list();
    }

    /** Adds a shop to the caller's insurer (the administrator names the insurer). */
    @Transactional
    public Shop add(ScopedUser user, ShopForm form) {
        long insurerId = insurerOf(user, form.insurerId());
        Checked c = check(form);
        requireNameFree(insurerId, c.name(), -1);
        long id = jdbc.sql("""
                        insert into repair_shop (insurer_id, name, division_code, qualification_class, contact, active,
                                                 updated_by, updated_at)
                        values (:insurer, :name, :division, :class, :contact, :active, :by, :now) returning id""")
                .param("insurer", insurerId)
                .param("name", c.name())
                .param("division", c.division())
                .param("class", c.qualificationClass())
                .param("contact", c.contact())
                .param("active", form.active() == null || form.active())
                .param("by", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        audit.recordWrite(
                "CREATE",
                "repair_shop",
                id,
                "修理厂：" + c.name() + " " + c.division() + " " + c.qualificationClass() + "类 " + c.contact());
        return find(id, user.dataScope()).orElseThrow();
    }

    /** Changes a shop of the caller's insurer; {@code version} is the one read. */
    @Transactional
    public Shop update(ScopedUser user, long id, ShopForm form) {
        Shop current = find(id, user.dataScope()).orElseThrow(() -> new NotFoundException("RepairShop", id));
        if (form.version() == null) {
            throw new InvalidInputException("version", "required: the version read");
        }
        Checked c = check(form);
        requireNameFree(current.insurerId(), c.name(), id);
        boolean active = form.active() == null ? current.active() : form.active();
        int written = jdbc.sql("""
                        update repair_shop set name = :name, division_code = :division, qualification_class = :class,
                               contact = :contact, active = :active, updated_by = :by, updated_at = :now,
                               version = version + 1
                         where id = :id and version = :version""")
                .param("name", c.name())
                .param("division", c.division())
                .param("class", c.qualificationClass())
                .param("contact", c.contact())
                .param("active", active)
                .param("by", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("version", form.version())
                .update();
        if (written != 1) {
            throw new ConflictException("version", "the shop changed since version " + form.version() + " was read");
        }
        audit.recordWrite(
                "UPDATE",
                "repair_shop",
                id,
                "修理厂：" + c.name() + " " + c.division() + " "
                        + c.qualificationClass() + "类 " + c.contact() + (active ? "" : "（停用）") + "（原为 " + current.name()
                        + " "
                        + current.divisionCode() + " " + current.qualificationClass() + "类）");
        return find(id, user.dataScope()).orElseThrow();
    }

    /**
     * The recommendation for a claim: the claim's insurer's active shops of 二类以上 in the accident's city (the
     * first four digits of its division code), nearest first (same county before the rest of the city), and the
     * statement that the customer is free to choose any shop.
     */
    public Recommendation recommend(String claimNo, DataScope scope) {
        StoredClaim stored = claims.find(claimNo, scope).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        Claim claim = stored.claim();
        String division = claim.report().lossDivision();
        String city = division.substring(0, Math.min(4, division.length()));
        List<Shop> shops = jdbc.sql("""
                        select * from repair_shop
                         where insurer_id = :insurer and active and qualification_class <= :lowest
                           and division_code like :city
                         order by (division_code = :division) desc, qualification_class, name""")
                .param("insurer", claim.insurerId())
                .param("lowest", LOWEST_RECOMMENDED_CLASS)
                .param("city", city + "%")
                .param("division", division)
                .query((rs, n) -> shop(rs))
                .list();
        return new Recommendation(
                claimNo, city, FREE_CHOICE, shops, choice(stored.id()).orElse(null));
    }

    /**
     * Records the shop the customer chose. It may be any shop, on file or not, of any class: the insurer may not
     * designate one (2.3.8), so the choice is taken only once the customer was told so ({@code toldFreeChoice}).
     * A later call records a change of mind.
     */
    @Transactional
    public Recommendation recordChoice(
            String claimNo,
            ScopedUser user,
            @Nullable Long shopId,
            @Nullable String shopName,
            @Nullable Boolean toldFreeChoice) {
        StoredClaim stored =
                claims.find(claimNo, user.dataScope()).orElseThrow(() -> new NotFoundException("Claim", claimNo));
        if (!Boolean.TRUE.equals(toldFreeChoice)) {
            throw new InvalidInputException("toldFreeChoice", "须先告知客户可自主选择任何修理厂（浙江规范第七章 2.3.8：公司不得指定修理厂）");
        }
        String name;
        if (shopId != null) {
            Shop shop = find(shopId, user.dataScope())
                    .filter(s -> s.insurerId() == stored.claim().insurerId())
                    .orElseThrow(() -> new InvalidInputException("shopId", "no shop " + shopId + " of this insurer"));
            name = shop.name();
        } else {
            if (shopName == null || shopName.isBlank()) {
                throw new InvalidInputException("shopName", "required: the shop the customer chose (or shopId)");
            }
            name = shopName.strip();
            if (name.length() > TEXT_LIMIT) {
                throw new InvalidInputException("shopName", "at most " + TEXT_LIMIT + " characters");
            }
        }
        Optional<Choice> before = choice(stored.id());
        jdbc.sql("""
                        insert into claim_repair_choice (claim_id, shop_id, shop_name, told_free_choice, recorded_by,
                                                         recorded_at)
                        values (:claim, :shop, :name, true, :by, :now)
                        on conflict (claim_id) do update
                          set shop_id = excluded.shop_id, shop_name = excluded.shop_name, recorded_by = excluded.recorded_by,
                              recorded_at = excluded.recorded_at, version = claim_repair_choice.version + 1""")
                .param("claim", stored.id())
                .param("shop", shopId)
                .param("name", name)
                .param("by", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.recordWrite(
                "REPAIR_CHOICE",
                "CLAIM",
                claimNo,
                "客户自选修理厂：" + name + before.map(b -> "（原为 " + b.shopName() + "）").orElse(""));
        return recommend(claimNo, user.dataScope());
    }

    private Optional<Choice> choice(long claimId) {
        return jdbc.sql("select * from claim_repair_choice where claim_id = :claim")
                .param("claim", claimId)
                .query((rs, n) -> new Choice(
                        rs.getObject("shop_id", Long.class),
                        rs.getString("shop_name"),
                        rs.getBoolean("told_free_choice"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    private Optional<Shop> find(long id, DataScope scope) {
        return jdbc.sql("select * from repair_shop where id = :id")
                .param("id", id)
                .query((rs, n) -> shop(rs))
                .optional()
                .filter(s -> scope.canSeeInsurer(s.insurerId()));
    }

    private long insurerOf(ScopedUser user, @Nullable Long requested) {
        Long own = user.dataScope().insurerId();
        if (own != null) {
            if (requested != null && !requested.equals(own)) {
                throw new InvalidInputException("insurerId", "shops are kept for your own insurer only");
            }
            return own;
        }
        if (!user.dataScope().isPlatform() || requested == null) {
            throw new InvalidInputException("insurerId", "required: the insurer whose shop this is");
        }
        Long known = jdbc.sql("select id from insurer where id = :id")
                .param("id", requested)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("insurerId", "no insurer " + requested));
        return known;
    }

    private void requireNameFree(long insurerId, String name, long exceptId) {
        long taken = jdbc.sql(
                        "select count(*) from repair_shop where insurer_id = :insurer and name = :name and id <> :id")
                .param("insurer", insurerId)
                .param("name", name)
                .param("id", exceptId)
                .query(Long.class)
                .single();
        if (taken > 0) {
            throw new ConflictException("name", "a shop named " + name + " is already on file");
        }
    }

    private record Checked(String name, String division, int qualificationClass, String contact) {}

    private static Checked check(ShopForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(form.name(), "name", problems);
        String contact = text(form.contact(), "contact", problems);
        String division = form.divisionCode() == null ? "" : form.divisionCode().strip();
        if (!DIVISION.matcher(division).matches()) {
            problems.add(new FieldProblem("divisionCode", "a six-digit county division code, e.g. 330106"));
        }
        Integer qualification = form.qualificationClass();
        if (qualification == null || qualification < 1 || qualification > 3) {
            problems.add(new FieldProblem("qualificationClass", "1, 2 or 3 (一类、二类、三类维修资质)"));
        }
        if (!problems.isEmpty() || qualification == null) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        return new Checked(name, division, qualification, contact);
    }

    private static String text(@Nullable String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return "";
        }
        if (value.strip().length() > TEXT_LIMIT) {
            problems.add(new FieldProblem(field, "at most " + TEXT_LIMIT + " characters"));
        }
        return value.strip();
    }

    private static Shop shop(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Shop(
                rs.getLong("id"),
                rs.getLong("insurer_id"),
                rs.getString("name"),
                rs.getString("division_code"),
                rs.getInt("qualification_class"),
                rs.getString("contact"),
                rs.getBoolean("active"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
