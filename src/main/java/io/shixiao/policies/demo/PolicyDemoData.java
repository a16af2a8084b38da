package io.shixiao.policies.demo;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.CoverageKind;
import io.shixiao.policies.application.CtplLimits;
import io.shixiao.policies.application.PolicyClocks;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.policies.domain.Cover;
import io.shixiao.policies.domain.InsuredProperty;
import io.shixiao.policies.domain.Party;
import io.shixiao.policies.domain.Policy;
import io.shixiao.policies.domain.PolicyPeriod;
import io.shixiao.policies.domain.Vehicle;
import io.shixiao.policies.domain.Vin;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ten thousand policies for each demo insurer (安澜, 恒泰), once per database: motor policies in 杭州 and 绍兴
 * (交强险 with most, 商业三者险 and 车损险 with many, a share on new-energy plates), household property policies
 * and rural housing policies in 互助县 and 武都区, with periods begun over the last year. Written in JDBC
 * batches; generated from a fixed seed, so every first run shows the same policies. Only the policies
 * whose clocks matter today are reported to the engine (issued in the last days and to be delivered,
 * expiring within the renewal window), so start-up stays short; the others are history.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class PolicyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PolicyDemoData.class);
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金韦贾夏傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红春梅海波晓东文辉鹏飞宇浩然子涵梓轩一诺欣怡雨萱思远嘉怡俊杰佳琪晨曦";
    private static final String PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String[] MODELS = {
        "大众汽车 SVW7141", "丰田 GTM7200", "比亚迪 BYD7005BEV", "吉利 MR7152", "本田 HG7150", "特斯拉 TSL7000BEV", "五菱 LZW7001EVA"
    };
    private static final String[] MOTOR_UNITS = {"ZJ-HZ-XH", "ZJ-HZ-XS", "ZJ-SX"};
    private static final String[] STREETS = {"文三路", "天目山路", "萧然东路", "解放北路", "学士路", "延安路"};
    private static final int BATCH = 2_000;

    private final PolicyRepository repository;
    private final PolicyClocks policyClocks;
    private final CtplLimits ctplLimits;
    private final OrganizationDirectory organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int perInsurer;

    PolicyDemoData(
            PolicyRepository repository,
            PolicyClocks policyClocks,
            CtplLimits ctplLimits,
            OrganizationDirectory organization,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${shixiao.policies.demo-policies-per-insurer:10000}") int perInsurer) {
        this.repository = repository;
        this.policyClocks = policyClocks;
        this.ctplLimits = ctplLimits;
        this.organization = organization;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.perInsurer = perInsurer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from policy where issued_by = 'demo')")
                .query(Boolean.class)
                .single()) {
            return;
        }
        long started = System.nanoTime();
        long clockNanos = 0;
        int policies = 0;
        int reported = 0;
        for (String insurer : new String[] {"ANLAN", "HENGTAI"}) {
            List<OrgUnitView> motorUnits = new ArrayList<>();
            for (String suffix : MOTOR_UNITS) {
                organization.unitByCode(insurer + "-" + suffix).ifPresent(motorUnits::add);
            }
            OrgUnitView huzhu = organization.unitByCode(insurer + "-QH-HZ").orElse(null);
            OrgUnitView wudu = organization.unitByCode(insurer + "-GS-LN-WD").orElse(null);
            if (motorUnits.isEmpty() || huzhu == null || wudu == null) {
                continue;
            }
            Generator generator = new Generator(insurer, motorUnits, huzhu, wudu, new Random(insurer.hashCode()));
            for (int from = 0; from < perInsurer; from += BATCH) {
                int size = Math.min(BATCH, perInsurer - from);
                int first = from;
                long[] clockTime = {0};
                reported += transactions.execute(tx -> {
                    List<Policy> batch = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        batch.add(generator.policy(first + i + 1));
                    }
                    repository.insertAll(batch);
                    long before = System.nanoTime();
                    int live = reportLiveClocks(batch);
                    clockTime[0] = System.nanoTime() - before;
                    return live;
                });
                clockNanos += clockTime[0];
                policies += size;
            }
        }
        log.info(
                "Demo policies: {} written, {} with live clocks, in {} ms ({} ms of it reporting clocks)",
                policies,
                reported,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Duration.ofNanos(clockNanos).toMillis());
    }

    /**
     * The clocks a working day shows, kept to a few hundred so that start-up stays short: delivery of the
     * policies issued over the last three days that must be delivered, and the renewal reminder of one in
     * ten of those expiring within the next 45 days (the agreement's window is 30).
     */
    private int reportLiveClocks(List<Policy> batch) {
        Instant now = clock.instant();
        int reported = 0;
        for (Policy policy : batch) {
            boolean toDeliver = policy.deliveryRequired() && policy.issuedAt().isAfter(now.minus(Duration.ofDays(3)));
            boolean expiringSoon = policy.period().end().isAfter(now)
                    && policy.period().end().isBefore(now.plus(Duration.ofDays(45)))
                    && policy.policyNo().endsWith("0");
            if (toDeliver) {
                policyClocks.issued(policy, "演示数据：历史保单补录");
                reported++;
            } else if (expiringSoon) {
                policyClocks.expiryAnnounced(policy);
                reported++;
            }
        }
        return reported;
    }

    /** Draws one insurer's policies from a seeded random source. */
    private final class Generator {

        private final String insurer;
        private final List<OrgUnitView> motorUnits;
        private final OrgUnitView huzhu;
        private final OrgUnitView wudu;
        private final Random random;
        private final LocalDate today;

        Generator(String insurer, List<OrgUnitView> motorUnits, OrgUnitView huzhu, OrgUnitView wudu, Random random) {
            this.insurer = insurer;
            this.motorUnits = motorUnits;
            this.huzhu = huzhu;
            this.wudu = wudu;
            this.random = random;
            this.today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        }

        Policy policy(int n) {
            // Periods began over the last 380 days: most in force, some just expired, a few start soon.
            LocalDate firstDay = today.minusDays(random.nextInt(380)).plusDays(5);
            Instant issuedAt = firstDay.minusDays(random.nextInt(5) + 1)
                    .atTime(9 + random.nextInt(8), random.nextInt(60))
                    .atZone(ShanghaiTime.ZONE)
                    .toInstant();
            Instant now = clock.instant();
            if (issuedAt.isAfter(now)) {
                issuedAt = now.minus(Duration.ofMinutes(30L + random.nextInt(600)));
            }
            int kind = n % 10;
            ProductLine line =
                    kind < 8 ? ProductLine.MOTOR : kind == 8 ? ProductLine.PROPERTY : ProductLine.RURAL_HOUSING;
            OrgUnitView unit = switch (line) {
                case RURAL_HOUSING -> n % 20 == 9 ? huzhu : wudu;
                default -> motorUnits.get(random.nextInt(motorUnits.size()));
            };
            Party insured = new Party(name(), idNumber(unit.divisionCode()));
            Party holder = random.nextInt(10) == 0 ? new Party(name(), idNumber(unit.divisionCode())) : insured;
            String prefix = insurer.substring(0, 2)
                    + firstDay.getYear()
                    + switch (line) {
                        case MOTOR -> "MOT";
                        case PROPERTY -> "PRP";
                        default -> "RHS";
                    };
            String policyNo = prefix + String.format(Locale.ROOT, "%07d", n);
            Vehicle vehicle = null;
            InsuredProperty property = null;
            List<Cover> covers = new ArrayList<>();
            Money premium;
            if (line == ProductLine.MOTOR) {
                vehicle = new Vehicle(
                        random.nextInt(40) == 0 ? null : plate(), vin(), MODELS[random.nextInt(MODELS.length)]);
                if (random.nextInt(10) < 9) {
                    covers.add(new Cover(CoverageKind.CTPL, ctplLimits.totalOn(firstDay), Money.ZERO));
                }
                if (random.nextInt(10) < 7 || covers.isEmpty()) {
                    long[] limits = {1_000_000, 1_500_000, 2_000_000, 3_000_000};
                    covers.add(new Cover(
                            CoverageKind.THIRD_PARTY_LIABILITY,
                            Money.yuan(limits[random.nextInt(limits.length)]),
                            Money.ZERO));
                }
                if (random.nextInt(10) < 6) {
                    covers.add(new Cover(
                            CoverageKind.VEHICLE_DAMAGE,
                            Money.yuan(60_000L + random.nextInt(300) * 1_000L),
                            Money.yuan(random.nextInt(3) * 500L)));
                }
                premium = Money.yuan(650L + random.nextInt(5_000));
            } else if (line == ProductLine.PROPERTY) {
                String district = unit.divisionCode().length() >= 6 ? unit.divisionCode() : "330106";
                property = new InsuredProperty(
                        "浙江省" + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号"
                                + (1 + random.nextInt(20)) + "幢" + (101 + random.nextInt(1500)) + "室",
                        DivisionCode.of(district));
                covers.add(new Cover(
                        CoverageKind.PROPERTY_DAMAGE,
                        Money.yuan(100_000L + random.nextInt(90) * 10_000L),
                        Money.yuan(500)));
                premium = Money.yuan(100L + random.nextInt(900));
            } else {
                String village = unit == huzhu ? "互助县威远镇" : "陇南市武都区城关镇";
                property = new InsuredProperty(
                        village + (1 + random.nextInt(30)) + "村" + (1 + random.nextInt(200)) + "号",
                        DivisionCode.of(unit.divisionCode()));
                covers.add(new Cover(CoverageKind.RURAL_HOUSING, Money.yuan(30_000), Money.ZERO));
                premium = Money.yuan(30);
            }
            return Policy.issue(
                    new Policy.IssuePolicy(
                            unit.insurerId(),
                            unit.id(),
                            policyNo,
                            line,
                            PolicyPeriod.oneYearFrom(firstDay),
                            premium,
                            holder,
                            insured,
                            random.nextInt(5) == 0
                                    ? null
                                    : new MobileNumber("13" + (5 + random.nextInt(5))
                                            + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000))),
                            vehicle,
                            property,
                            covers,
                            line == ProductLine.MOTOR && random.nextInt(3) == 0,
                            "demo"),
                    issuedAt,
                    now);
        }

        private String name() {
            String given = String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length())));
            if (random.nextInt(3) > 0) {
                given += GIVEN.charAt(random.nextInt(GIVEN.length()));
            }
            return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given;
        }

        private ResidentIdNumber idNumber(String division) {
            String region = division.length() >= 6
                    ? division.substring(0, 6)
                    : division + "01".repeat((6 - division.length()) / 2);
            LocalDate birth = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String first17 = region
                    + birth.toString().replace("-", "")
                    + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
            for (char check : "0123456789X".toCharArray()) {
                if (ResidentIdNumber.isValid(first17 + check)) {
                    return new ResidentIdNumber(first17 + check);
                }
            }
            throw new IllegalStateException("No check character completes " + first17);
        }

        /** 浙A (杭州) or 浙D (绍兴); a quarter on new-energy plates (D 纯电 or F 非纯电, then a character and four digits). */
        private PlateNumber plate() {
            StringBuilder plate = new StringBuilder("浙").append(random.nextBoolean() ? 'A' : 'D');
            if (random.nextInt(4) == 0) {
                plate.append(random.nextBoolean() ? 'D' : 'F')
                        .append(PLATE_CHARS.charAt(random.nextInt(PLATE_CHARS.length())))
                        .append(String.format(Locale.ROOT, "%04d", random.nextInt(10_000)));
            } else {
                for (int i = 0; i < 5; i++) {
                    plate.append(PLATE_CHARS.charAt(random.nextInt(PLATE_CHARS.length())));
                }
            }
            return new PlateNumber(plate.toString());
        }

        private Vin vin() {
            StringBuilder vin = new StringBuilder("LSV");
            for (int i = 3; i < 17; i++) {
                vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
            }
            vin.setCharAt(8, '0');
            vin.setCharAt(8, Vin.checkDigit(vin.toString()));
            return new Vin(vin.toString());
        }
    }
}
