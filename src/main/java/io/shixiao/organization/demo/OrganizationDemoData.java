package io.shixiao.organization.demo;

import io.shixiao.organization.OpeningHours;
import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.application.AssociationService;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.OutletRecord;
import io.shixiao.organization.application.OutletService;
import io.shixiao.organization.application.StaffRecord;
import io.shixiao.organization.application.StaffService;
import io.shixiao.organization.application.ZoneService;
import io.shixiao.organization.domain.Association;
import io.shixiao.organization.domain.DutyAssignment;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.organization.domain.Qualification;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional demo organisation for a first run: two insurers (安澜财险, 恒泰财险) with branches in
 * 浙江, 甘肃 and 青海, outlets with hours and a weekend duty roster for two months, arrival zones,
 * staff in every insurer role and the three associations. Written through the application
 * services, so every row is validated and audited. Runs once: skipped when insurer ANLAN exists.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "shixiao.demo-data", havingValue = "true", matchIfMissing = true)
public class OrganizationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final InsurerService insurers;
    private final OrgUnitService units;
    private final OutletService outlets;
    private final ZoneService zones;
    private final StaffService staff;
    private final AssociationService associations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrganizationDemoData(
            InsurerService insurers,
            OrgUnitService units,
            OutletService outlets,
            ZoneService zones,
            StaffService staff,
            AssociationService associations,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        this.insurers = insurers;
        this.units = units;
        this.outlets = outlets;
        this.zones = zones;
        this.staff = staff;
        this.associations = associations;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The demo data is written as the platform itself; the audit trail names the actor {@code system}. */
    private record SystemUser() implements ScopedUser {
        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String username() {
            return "system";
        }

        @Override
        public String displayName() {
            return "系统";
        }

        @Override
        public Set<Role> roles() {
            return Set.of(Role.ADMIN);
        }

        @Override
        public DataScope dataScope() {
            return DataScope.platform();
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seeded()) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                new SystemUser(), null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> {
                // Two nodes starting together on one database: the second waits here and then finds the data.
                jdbc.sql("select pg_advisory_xact_lock(hashtext('shixiao.organization.demo-data'))")
                        .query()
                        .listOfRows();
                if (!seeded()) {
                    seed();
                    log.info("Demo organisation written: insurers ANLAN and HENGTAI, associations ZJIA, LNIA, TSIA");
                }
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private boolean seeded() {
        return jdbc.sql("select count(*) from insurer where code = 'ANLAN'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        Insurer anlan = insurers.create(
                "ANLAN",
                "安澜财产保险股份有限公司",
                "安澜财险",
                UnifiedSocialCreditCode.complete("91330000MA2AL0001").value(),
                "95501");
        Insurer hengtai = insurers.create(
                "HENGTAI",
                "恒泰财产保险股份有限公司",
                "恒泰财险",
                UnifiedSocialCreditCode.complete("91330000MA2HT0002").value(),
                "95502");
        new InsurerSeed(anlan, "AL", "1390", 0, today).seed();
        new InsurerSeed(hengtai, "HT", "1398", 1, today).seed();

        Association zj = associations.create("ZJIA", "浙江省保险行业协会", "33");
        Association ln = associations.create("LNIA", "陇南市保险行业协会", "6212");
        Association ts = associations.create("TSIA", "天水市保险行业协会", "6205");
        for (Association a : List.of(zj, ln, ts)) {
            a = associations.admit(a.id(), a.version(), anlan.id(), LocalDate.of(2016, 3, 1));
            associations.admit(a.id(), a.version(), hengtai.id(), LocalDate.of(2018, 7, 1));
        }
    }

    /** The tree, outlets, zones, staff and roster of one insurer; {@code variant} varies names and numbers. */
    private final class InsurerSeed {

        private final Insurer insurer;
        private final String staffPrefix;
        private final String mobilePrefix;
        private final int variant;
        private final LocalDate today;
        private final Map<String, OrgUnit> byCode = new HashMap<>();
        private int staffSeq;

        InsurerSeed(Insurer insurer, String staffPrefix, String mobilePrefix, int variant, LocalDate today) {
            this.insurer = insurer;
            this.staffPrefix = staffPrefix;
            this.mobilePrefix = mobilePrefix;
            this.variant = variant;
            this.today = today;
        }

        private OrgUnit unit(String suffix, String parentSuffix, OrgUnitLevel level, String name, String division) {
            String code = insurer.code() + "-" + suffix;
            Long parentId = parentSuffix == null
                    ? null
                    : byCode.get(insurer.code() + "-" + parentSuffix).id();
            OrgUnit unit = units.create(insurer.id(), parentId, level, code, insurer.shortName() + name, division);
            byCode.put(code, unit);
            return unit;
        }

        private long unitId(String suffix) {
            return byCode.get(insurer.code() + "-" + suffix).id();
        }

        void seed() {
            unit("HQ", null, OrgUnitLevel.HEAD_OFFICE, "总公司", "3301");
            unit("ZJ", "HQ", OrgUnitLevel.BRANCH, "浙江分公司", "33");
            unit("ZJ-HZ", "ZJ", OrgUnitLevel.CENTRAL_SUB_BRANCH, "杭州中心支公司", "3301");
            unit("ZJ-HZ-XH", "ZJ-HZ", OrgUnitLevel.SUB_BRANCH, "西湖支公司", "330106");
            unit("ZJ-HZ-XS", "ZJ-HZ", OrgUnitLevel.MARKETING_SERVICE_DEPARTMENT, "萧山营销服务部", "330109");
            unit("ZJ-SX", "ZJ", OrgUnitLevel.CENTRAL_SUB_BRANCH, "绍兴中心支公司", "3306");
            unit("GS", "HQ", OrgUnitLevel.BRANCH, "甘肃分公司", "62");
            unit("GS-LN", "GS", OrgUnitLevel.CENTRAL_SUB_BRANCH, "陇南中心支公司", "6212");
            unit("GS-LN-WD", "GS-LN", OrgUnitLevel.SUB_BRANCH, "武都支公司", "621202");
            unit("GS-TS", "GS", OrgUnitLevel.CENTRAL_SUB_BRANCH, "天水中心支公司", "6205");
            unit("QH", "HQ", OrgUnitLevel.BRANCH, "青海分公司", "63");
            unit("QH-HD", "QH", OrgUnitLevel.CENTRAL_SUB_BRANCH, "海东中心支公司", "6302");
            unit("QH-HZ", "QH-HD", OrgUnitLevel.SUB_BRANCH, "互助支公司", "630223");

            seedZones();
            Map<String, Long> surveyors = seedStaff();
            seedOutlets(surveyors);
        }

        private void seedZones() {
            zones.create(unitId("ZJ-HZ"), "杭州城区", ZoneKind.URBAN, List.of("330102", "330105", "330106", "330108"));
            zones.create(unitId("ZJ-HZ"), "杭州城区以外", ZoneKind.OUTSIDE_URBAN, List.of("3301"));
            zones.create(unitId("QH-HZ"), "互助县城", ZoneKind.COUNTY_TOWN, List.of("630223100", "630223001"));
            zones.create(unitId("QH-HZ"), "互助县内其他区域", ZoneKind.ELSEWHERE_IN_COUNTY, List.of("630223"));
            zones.create(
                    unitId("GS-LN"),
                    "陇南武都城区",
                    ZoneKind.URBAN,
                    List.of("621202001", "621202002", "621202003", "621202004", "621202100"));
            zones.create(unitId("GS-LN"), "陇南城区以外", ZoneKind.OUTSIDE_URBAN, List.of("6212"));
            zones.create(
                    unitId("GS-TS"),
                    "天水城区",
                    ZoneKind.URBAN,
                    List.of(
                            "620502001",
                            "620502002",
                            "620502003",
                            "620502004",
                            "620502005",
                            "620502006",
                            "620502007",
                            "620503001",
                            "620503002",
                            "620503003"));
            zones.create(unitId("GS-TS"), "天水城区以外", ZoneKind.OUTSIDE_URBAN, List.of("6205"));
        }

        private static final String[][] NAMES = {
            {"王丽华", "张伟", "李静", "刘洋", "陈晓燕", "杨帆", "赵敏", "黄磊", "周婷", "吴强", "徐慧", "孙浩", "马玉兰", "朱建国", "胡晓梅"},
            {"林海燕", "郑志刚", "何雪", "高翔", "罗芳", "梁晨", "宋佳", "谢文博", "韩冰", "唐亮", "冯雅琴", "董明", "程红霞", "曹宇", "袁丽"}
        };

        private StaffRecord hire(String unitSuffix, Role role, String certPrefix) {
            int n = staffSeq++;
            String name = NAMES[variant][n % NAMES[variant].length];
            String employeeNo = staffPrefix + String.format("%06d", 100 + n);
            String mobile = mobilePrefix + String.format("%07d", 5710000 + n * 137 + variant * 11);
            List<Qualification> qualifications = new ArrayList<>();
            qualifications.add(new Qualification(
                    "保险从业人员执业登记",
                    "0201" + (variant == 0 ? "3300" : "3301") + String.format("%010d", 2300000 + n),
                    "中国银行保险信息技术管理有限公司",
                    LocalDate.of(2019, 6, 1),
                    null));
            if (role == Role.SURVEYOR || role == Role.ASSESSOR) {
                // Certificates in three states so the badges show: one expired, one expiring soon, the rest valid.
                LocalDate expires =
                        n % 3 == 0 ? today.minusDays(10) : n % 3 == 1 ? today.plusDays(20) : today.plusYears(2);
                qualifications.add(new Qualification(
                        "机动车辆保险查勘定损资格",
                        "CK" + String.format("%08d", 20210000 + n),
                        "保险行业协会培训中心",
                        expires.minusYears(3),
                        expires));
            }
            String cert = certPrefix == null
                    ? null
                    : certPrefix + "-" + (2021 + n % 4) + "-" + String.format("%06d", 1000 + n + variant * 500);
            return staff.create(unitId(unitSuffix), name, employeeNo, mobile, Set.of(role), qualifications, cert);
        }

        private Map<String, Long> seedStaff() {
            for (Role role : List.of(
                    Role.AGENT,
                    Role.DISPATCHER,
                    Role.SURVEYOR,
                    Role.ASSESSOR,
                    Role.CLAIMS_HANDLER,
                    Role.COMPLAINT_HANDLER,
                    Role.CALLBACK_AGENT,
                    Role.MANAGER,
                    Role.QUALITY_INSPECTOR)) {
                hire("ZJ", role, "ZJIA");
            }
            hire("ZJ-HZ", Role.MANAGER, "ZJIA");
            Map<String, Long> surveyors = new HashMap<>();
            surveyors.put(
                    "ZJ-HZ-XH", hire("ZJ-HZ-XH", Role.SURVEYOR, "ZJIA").staff().id());
            surveyors.put(
                    "ZJ-HZ-XS", hire("ZJ-HZ-XS", Role.SURVEYOR, "ZJIA").staff().id());
            surveyors.put("ZJ-SX", hire("ZJ-SX", Role.SURVEYOR, "ZJIA").staff().id());
            surveyors.put(
                    "GS-LN-WD", hire("GS-LN-WD", Role.SURVEYOR, "LNIA").staff().id());
            hire("GS-LN", Role.MANAGER, "LNIA");
            surveyors.put("GS-TS", hire("GS-TS", Role.SURVEYOR, "TSIA").staff().id());
            surveyors.put("QH-HZ", hire("QH-HZ", Role.SURVEYOR, null).staff().id());
            hire("QH-HZ", Role.MANAGER, null);
            return surveyors;
        }

        private WeeklyHours weekdays(LocalTime opens, LocalTime closes, OpeningHours saturday, OpeningHours sunday) {
            EnumMap<DayOfWeek, OpeningHours> days = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : List.of(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                days.put(day, new OpeningHours(opens, closes));
            }
            if (saturday != null) {
                days.put(DayOfWeek.SATURDAY, saturday);
            }
            if (sunday != null) {
                days.put(DayOfWeek.SUNDAY, sunday);
            }
            return new WeeklyHours(days);
        }

        private void seedOutlets(Map<String, Long> surveyors) {
            LocalTime t0830 = LocalTime.of(8, 30);
            LocalTime t1730 = LocalTime.of(17, 30);
            OpeningHours saturdayMorning = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(12, 0));
            OpeningHours dealerDay = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
            String street = variant == 0 ? "" : "东";
            outlet(
                    "ZJ-HZ-XH",
                    surveyors,
                    insurer.shortName() + "杭州西湖理赔服务中心",
                    "浙江省杭州市西湖区文二西路" + (158 + variant * 40) + "号1楼",
                    "330106",
                    OutletKind.SELF_BUILT,
                    "0571-8765" + (4300 + variant),
                    weekdays(t0830, t1730, saturdayMorning, null));
            outlet(
                    "ZJ-HZ-XS",
                    surveyors,
                    insurer.shortName() + "萧山汽车城驻点",
                    "浙江省杭州市萧山区市心北路" + (88 + variant * 12) + "号萧山汽车城3号馆",
                    "330109",
                    OutletKind.PARTNER_SITE,
                    "0571-8266" + (1200 + variant),
                    weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0), dealerDay, dealerDay));
            outlet(
                    "ZJ-SX",
                    surveyors,
                    insurer.shortName() + "绍兴越城服务网点",
                    "浙江省绍兴市越城区解放北路" + (301 + variant * 20) + "号",
                    "330602",
                    OutletKind.SELF_BUILT,
                    "0575-8511" + (6600 + variant),
                    weekdays(t0830, t1730, saturdayMorning, null));
            outlet(
                    "GS-LN-WD",
                    surveyors,
                    insurer.shortName() + "陇南武都服务网点",
                    "甘肃省陇南市武都区钟楼街道长江大道" + (66 + variant * 8) + "号",
                    "621202001",
                    OutletKind.SELF_BUILT,
                    "0939-8213" + (3300 + variant),
                    weekdays(t0830, LocalTime.of(18, 0), null, null));
            outlet(
                    "GS-TS",
                    surveyors,
                    insurer.shortName() + "天水秦州服务网点",
                    "甘肃省天水市秦州区民主西路" + (27 + variant * 6) + "号" + street,
                    "620502",
                    OutletKind.SELF_BUILT,
                    "0938-8216" + (5500 + variant),
                    weekdays(t0830, LocalTime.of(18, 0), saturdayMorning, null));
            outlet(
                    "QH-HZ",
                    surveyors,
                    insurer.shortName() + "互助威远镇服务网点",
                    "青海省海东市互助土族自治县威远镇南大街" + (12 + variant * 3) + "号",
                    "630223100",
                    OutletKind.SELF_BUILT,
                    "0972-8322" + (7700 + variant),
                    weekdays(LocalTime.of(9, 0), LocalTime.of(17, 30), null, null));
        }

        private void outlet(
                String unitSuffix,
                Map<String, Long> surveyors,
                String name,
                String address,
                String division,
                OutletKind kind,
                String hotline,
                WeeklyHours hours) {
            OutletRecord outlet = outlets.create(unitId(unitSuffix), name, address, division, kind, hotline, hours);
            long onDuty = surveyors.get(unitSuffix);
            // Weekend duty for the next two months: the local surveyor answers the outlet's hotline.
            for (LocalDate day = today; day.isBefore(today.plusMonths(2)); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    outlets.assignDuty(
                            outlet.outlet().id(),
                            day,
                            List.of(new DutyAssignment(day, onDuty, "周末值班，值班电话 " + hotline)));
                }
            }
        }
    }
}
