package io.shixiao.enrolment.demo;

import io.shixiao.enrolment.application.Households;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.SchemeDraft;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.enrolment.domain.HouseStructure;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.division.Division;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 互助县 scheme of the current year, run by 安澜财险互助支公司, its contract with the county's
 * emergency management bureau registered with the engine and the bid's blanks set (the numbers are the
 * demo's, the bid leaves them XXX), and generated households in every one of the county's 310 villages —
 * {@code shixiao.enrolment.demo.households-per-village} each (60 by default, about 18,600 households;
 * tests use 2) — written through the same bulk path as the Excel import. A few in a hundred are not
 * enrolled, with their reasons; most farmers have paid their share. Runs once per database.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class RuralHousingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RuralHousingDemoData.class);

    static final String COUNTY = "630223";
    static final String RUNNING_UNIT = "ANLAN-QH-HZ";

    /** The demo's values for the bid's XXX blanks (assumed; the county sets them in its contract). */
    static final Map<String, Integer> DEMO_LIMITS = Map.of(
            "bid.claim-review", 5,
            "bid.claim-payment", 3,
            "bid.report-response", 2,
            "bid.callback", 5,
            "bid.complaint-first-response", 3,
            "bid.complaint-result", 10);

    private static final String[] SURNAMES = {"李", "王", "张", "祁", "马", "韩", "鲁", "吕", "赵", "星", "董", "汪", "麻", "胡", "索"
    };
    private static final String[] GIVEN = {
        "正德", "发财", "玉兰", "生福", "秀英", "海明", "青梅", "永寿", "存花", "国祥", "有福", "桂英", "占林", "金花", "德明", "成山"
    };

    private final Schemes schemes;
    private final Households households;
    private final OrganizationDirectory organization;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perVillage;

    RuralHousingDemoData(
            Schemes schemes,
            Households households,
            OrganizationDirectory organization,
            JdbcClient jdbc,
            Clock clock,
            @Value("${shixiao.enrolment.demo.households-per-village:60}") int perVillage) {
        this.schemes = schemes;
        this.households = households;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
        this.perVillage = perVillage;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The demo liaisons' villages (accounts huzhu.liaison.*, created by the security module's demo data).
        jdbc.sql("""
                insert into rural_liaison_village (username, village_code, assigned_at, assigned_by)
                values ('huzhu.liaison.caojiabao', '630223001200', now(), 'demo'),
                       ('huzhu.liaison.anding', '630223100200', now(), 'demo')
                on conflict do nothing""").update();
        OrgUnitView unit = organization.unitByCode(RUNNING_UNIT).orElse(null);
        int year = LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).getYear();
        if (unit == null || schemes.find(COUNTY, year).isPresent()) {
            return;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        SchemeRules bid = SchemeRules.huzhuBid();
        // The bid's extract is silent on 公示; the demo scheme asks for a 7-day village notice, as many
        // provincial schemes do, so the notice can be tried. A scheme without it sets 0.
        SchemeRules rules = new SchemeRules(
                bid.premium(),
                bid.farmerShare(),
                bid.centralPercent(),
                bid.provincePercent(),
                bid.countyPercent(),
                bid.sumInsured(),
                bid.specialFarmerShare(),
                bid.specialSumInsured(),
                bid.topUp(),
                bid.toppedUpSumInsured(),
                bid.deductible(),
                7);
        Scheme scheme = schemes.create(
                new SchemeDraft(
                        COUNTY,
                        year,
                        "互助县" + year + "年度政策性农村住房保险",
                        unit.id(),
                        "HUZHU-BID-2025",
                        "互助土族自治县应急管理局",
                        from,
                        from,
                        LocalDate.of(year, 12, 31),
                        rules,
                        SchemeDraft.HUZHU_PERILS,
                        SchemeDraft.HUZHU_EXCLUSIONS,
                        SchemeDraft.HUZHU_INSURED_OBJECT,
                        SchemeDraft.HUZHU_EXCLUDED_OBJECTS,
                        DEMO_LIMITS),
                "demo");
        ScopedUser system = system();
        Random random = new Random(630223L);
        int serial = 0;
        List<HouseholdRow> rows = new ArrayList<>();
        List<DeclineReason> declined = new ArrayList<>();
        for (Division village : schemes.villages(scheme).values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList()) {
            for (int i = 0; i < perVillage; i++) {
                serial++;
                rows.add(household(village, serial, random, year));
                int roll = random.nextInt(100);
                declined.add(
                        roll < 2
                                ? DeclineReason.AWAY
                                : roll < 3 ? DeclineReason.REFUSED : roll < 4 ? DeclineReason.UNINHABITED : null);
                if (rows.size() == 2000) {
                    households.registerAll(scheme.id(), rows, declined, system);
                    rows.clear();
                    declined.clear();
                }
            }
        }
        households.registerAll(scheme.id(), rows, declined, system);
        // Most farmers paid their share at enrolment; the rest are still being collected.
        jdbc.sql("""
                update rural_enrolment set farmer_paid = true, paid_at = enrolled_at
                where scheme_id = :s and status = 'ENROLLED' and household_id % 10 <> 3""").param("s", scheme.id()).update();
        log.info(
                "Demo rural housing scheme {} with {} households in {} villages",
                scheme.id(),
                serial,
                schemes.villages(scheme).size());
    }

    private static HouseholdRow household(Division village, int serial, Random random, int year) {
        int roll = random.nextInt(100);
        HouseholdCategory category = roll < 85
                ? HouseholdCategory.ORDINARY
                : roll < 90
                        ? HouseholdCategory.LOW_INCOME
                        : roll < 92
                                ? HouseholdCategory.EXTREME_POVERTY
                                : roll < 93
                                        ? HouseholdCategory.ENTITLED
                                        : roll < 94
                                                ? HouseholdCategory.SEVERE_DISABILITY
                                                : HouseholdCategory.LIFTED_FROM_POVERTY;
        // Birth day and sequence drawn from the serial so that no two demo heads share an ID number.
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays((serial * 7919L) % 20089);
        String body = COUNTY
                + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (serial / 20089) % 1000);
        String id = body + ResidentIdNumber.checkCharacter(body);
        HouseStructure[] structures = HouseStructure.values();
        return new HouseholdRow(
                SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
                id,
                "HZ" + String.format("%08d", serial),
                1 + random.nextInt(7),
                village.code().value(),
                "青海省海东市互助土族自治县" + village.name() + (1 + random.nextInt(200)) + "号",
                structures[random.nextInt(structures.length)],
                1965 + random.nextInt(Math.max(1, year - 1965)),
                BigDecimal.valueOf(6000 + random.nextInt(14000), 2),
                category,
                category.isSpecial() && random.nextBoolean(),
                "62170" + String.format("%014d", 10_000_000L + serial * 7919L),
                "139" + String.format("%08d", 9_700_000 + serial));
    }

    private static ScopedUser system() {
        return new ScopedUser() {
            @Override
            public long accountId() {
                return 0;
            }

            @Override
            public String username() {
                return "demo";
            }

            @Override
            public String displayName() {
                return "演示数据";
            }

            @Override
            public Set<Role> roles() {
                return Set.of(Role.ADMIN);
            }

            @Override
            public DataScope dataScope() {
                return DataScope.platform();
            }
        };
    }
}
