package io.shixiao.complaints.demo;

import io.shixiao.complaints.application.ComplaintDetail;
import io.shixiao.complaints.application.ComplaintHandling;
import io.shixiao.complaints.application.ComplaintHandling.DecisionInput;
import io.shixiao.complaints.application.ComplaintIntake;
import io.shixiao.complaints.application.ConsultationDesk;
import io.shixiao.complaints.application.ConsultationRow;
import io.shixiao.complaints.application.RectificationLedger;
import io.shixiao.complaints.application.Remedies;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For each demo insurer's 浙江分公司: consultations (one open, one answered, one taken up as a complaint),
 * complaints in every state (registered, in hand, decided and closed, a relayed one, a group complaint of 20
 * at an outlet flagged 重大), a compensation awaiting approval and a rectification item. Written through the
 * module's own services, once per database, after the organisation, accounts and service-level demo data.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class ComplaintDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ComplaintDemoData.class);
    private static final String LATE = "演示数据：历史节点补录";

    private final ComplaintHandling complaints;
    private final ConsultationDesk consultations;
    private final Remedies remedies;
    private final RectificationLedger ledger;
    private final OrganizationDirectory organization;
    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintDemoData(
            ComplaintHandling complaints,
            ConsultationDesk consultations,
            Remedies remedies,
            RectificationLedger ledger,
            OrganizationDirectory organization,
            JdbcClient jdbc,
            Clock clock) {
        this.complaints = complaints;
        this.consultations = consultations;
        this.remedies = remedies;
        this.ledger = ledger;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The demo desk acts as a named system user of the branch. */
    private record DemoDesk(long accountId, String username, String displayName, Set<Role> roles, DataScope dataScope)
            implements ScopedUser {}

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from complaint").query(Long.class).single() > 0) {
            return;
        }
        int written = 0;
        for (String insurer : new String[] {"ANLAN", "HENGTAI"}) {
            OrgUnitView branch = organization.unitByCode(insurer + "-ZJ").orElse(null);
            if (branch == null) {
                continue;
            }
            try {
                written += seed(new DemoDesk(
                        0,
                        "demo",
                        "演示投诉专员",
                        Set.of(Role.COMPLAINT_HANDLER, Role.MANAGER),
                        DataScope.subtree(branch.insurerId(), branch.id(), branch.path())));
            } catch (RuntimeException e) {
                // Demo data must never keep the application from starting; the log says what went wrong.
                log.warn("Demo complaints of {} not written: {}", insurer, e.getMessage(), e);
            }
        }
        log.info("Demo consultations and complaints written: {}", written);
    }

    private int seed(DemoDesk desk) {
        Instant now = clock.instant();
        consultations.receive(
                consultation("李娜", "13812340001", "交强险保单遗失了怎么补办？", false, now.minus(Duration.ofHours(3))), desk);
        ConsultationRow answered = consultations.receive(
                consultation("张伟", "13812340002", "理赔需要准备哪些材料？", true, now.minus(Duration.ofDays(2))), desk);
        consultations.answer(
                answered.number(),
                null,
                "请准备索赔申请书、身份证、驾驶证、行驶证和维修发票。",
                new StepTime(now.minus(Duration.ofDays(1)), LATE),
                desk);
        ConsultationRow converted = consultations.receive(
                consultation("王芳", "13812340003", "定损金额太低，我不接受。", true, now.minus(Duration.ofMinutes(5))), desk);
        consultations.convert(converted.number(), null, "重新定损", null, null, desk);

        complaint(
                desk,
                ContactChannel.HOTLINE,
                ComplaintCategory.SERVICE_ATTITUDE,
                "查勘员态度生硬",
                "要求道歉",
                people(1, "刘洋"),
                now.minus(Duration.ofHours(5)),
                false);
        String inHand = complaint(
                desk,
                ContactChannel.ONLINE,
                ComplaintCategory.CLAIM_SPEED,
                "赔款两周未到账",
                "尽快支付",
                people(1, "陈静"),
                now.minus(Duration.ofDays(9)),
                false);
        complaints.assign(inHand, null, null, "演示投诉专员", desk);
        complaints.acknowledge(inHand, "您好，已收到您的投诉，正在核实支付进度。", new StepTime(now.minus(Duration.ofDays(8)), LATE), desk);
        String relayed = complaint(
                desk,
                ContactChannel.REGULATOR_RELAYED,
                ComplaintCategory.CLAIM_DENIAL,
                "监管转来：对拒赔决定有异议",
                "重新审核",
                people(1, "赵磊"),
                now.minus(Duration.ofDays(2)),
                false);
        complaints.assign(relayed, null, null, "演示投诉专员", desk);
        String decided = complaint(
                desk,
                ContactChannel.LETTER,
                ComplaintCategory.CLAIM_AMOUNT,
                "维修费用核定偏低",
                "按实际维修费用赔付",
                people(1, "孙丽"),
                now.minus(Duration.ofDays(12)),
                false);
        complaints.assign(decided, null, null, "演示投诉专员", desk);
        complaints.decide(
                decided,
                new DecisionInput(true, "复核维修清单，漏计两项配件。", "保险合同第十条；定损规范", "补计配件费用 860 元，投诉成立。", null),
                new StepTime(now.minus(Duration.ofDays(3)), LATE),
                desk);
        complaints.close(decided, "已补付 860 元并致歉。", desk);
        ComplaintDetail group = complaints.detail(
                complaint(
                        desk,
                        ContactChannel.OUTLET,
                        ComplaintCategory.PRODUCT,
                        "二十名车主集体到网点反映续保费率上涨",
                        "解释费率依据",
                        people(20, "车主"),
                        now.minus(Duration.ofHours(1)),
                        false),
                desk.dataScope());
        remedies.propose(
                group.record(),
                RemedyKind.COMPENSATION,
                "赠送一次免费洗车并书面致歉",
                "200",
                null,
                LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).plusDays(7),
                desk);
        ledger.open(
                complaints.detail(decided, desk.dataScope()).record(),
                "定损漏计配件",
                "定损清单模板缺少常见配件项",
                "定损组 周主管",
                LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).plusDays(14),
                desk);
        return 3 + 5 + 2;
    }

    private String complaint(
            DemoDesk desk,
            ContactChannel channel,
            ComplaintCategory category,
            String content,
            String request,
            List<ComplaintIntake.Person> people,
            Instant received,
            boolean disaster) {
        boolean late = received.isBefore(clock.instant().minus(Duration.ofMinutes(10)));
        return complaints
                .register(
                        new ComplaintIntake(
                                channel,
                                category,
                                ProductLine.MOTOR,
                                content,
                                request,
                                people,
                                null,
                                null,
                                null,
                                null,
                                disaster,
                                received,
                                late ? LATE : null),
                        desk)
                .record()
                .complaint()
                .number();
    }

    private ConsultationDesk.NewConsultation consultation(
            String name, String mobile, String question, boolean claim, Instant received) {
        boolean late = received.isBefore(clock.instant().minus(Duration.ofMinutes(10)));
        return new ConsultationDesk.NewConsultation(
                ContactChannel.HOTLINE,
                ComplaintCategory.OTHER,
                name,
                mobile,
                question,
                claim,
                null,
                received,
                late ? LATE : null);
    }

    private static List<ComplaintIntake.Person> people(int count, String name) {
        List<ComplaintIntake.Person> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(new ComplaintIntake.Person(count == 1 ? name : name + i, String.format("139%08d", 10_000 + i)));
        }
        return people;
    }
}
