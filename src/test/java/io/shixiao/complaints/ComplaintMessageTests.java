package io.shixiao.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.complaints.ContactUsers.User;
import io.shixiao.complaints.application.ComplaintHandling;
import io.shixiao.complaints.application.ComplaintHandling.DecisionInput;
import io.shixiao.complaints.application.ComplaintIntake;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.PhraseCheck;
import io.shixiao.quality.ServiceStage;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The complainant's SMS through the notification outbox, on PostgreSQL with the packaged catalog: the
 * acknowledgement promises the engine's governing deadline of the first reply, the decision names the result
 * and the remedies still open; each complainant with a valid mobile gets one, each number once; and no
 * packaged message template uses a forbidden service phrase.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class ComplaintMessageTests {

    @Autowired
    ComplaintHandling complaints;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    ForbiddenPhrases phrases;

    private record Sms(String template, String mobile, String masked, String body) {}

    private List<Sms> outbox(String number) {
        return jdbc.sql("""
                        select template_code, recipient_cipher, recipient_masked, body from notification_outbox
                        where source_ref = :ref order by id""")
                .param("ref", "COMPLAINT/" + number)
                .query((rs, n) -> new Sms(
                        rs.getString("template_code"),
                        cipher.decrypt(rs.getString("recipient_cipher")),
                        rs.getString("recipient_masked"),
                        rs.getString("body")))
                .list();
    }

    @Test
    void eachComplainantWithAMobileIsToldTheReplyDeadlineAndThenTheDecisionWithTheRemediesOpen() {
        OrgUnitView branch = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        User handler = ContactUsers.at(branch, Role.COMPLAINT_HANDLER);
        clock.set(LocalDateTime.parse("2026-09-28T10:00")
                .atZone(ShanghaiTime.ZONE)
                .toInstant());
        String number = complaints
                .register(
                        new ComplaintIntake(
                                ContactChannel.HOTLINE,
                                ComplaintCategory.CLAIM_SPEED,
                                ProductLine.MOTOR,
                                "车损理赔迟迟未付款",
                                "尽快支付赔款",
                                List.of(
                                        new ComplaintIntake.Person("王小明", "13800138000"),
                                        new ComplaintIntake.Person("王大明", null),
                                        new ComplaintIntake.Person("李小红", "13900139000"),
                                        new ComplaintIntake.Person("王小明之妻", "13800138000")),
                                null,
                                null,
                                null,
                                null,
                                false,
                                null,
                                null),
                        handler)
                .record()
                .complaint()
                .number();

        // ZJ-COMPLAINT (浙江规范第八章 3.5) governs the first reply: 3 working days from Mon 28 Sep — 29, 30 Sep, then
        // Thu 8 Oct after the National Day block (ComplaintClockTests checks the same deadline).
        // The packaged text, unless an administrator changed it (NotificationTests does): rendered with these values.
        String body = jdbc.sql("select body from notification_template where code = 'COMPLAINT_ACK'")
                .query(String.class)
                .single();
        assertThat(body).contains("{replyBy}");
        String ack = body.replace("{insurerName}", "安澜财险")
                .replace("{complaintNo}", number)
                .replace("{replyBy}", "2026年10月8日24时");
        assertThat(outbox(number))
                .containsExactly(
                        new Sms("COMPLAINT_ACK", "13800138000", "138****8000", ack),
                        new Sms("COMPLAINT_ACK", "13900139000", "139****9000", ack));

        clock.set(LocalDateTime.parse("2026-10-09T15:00")
                .atZone(ShanghaiTime.ZONE)
                .toInstant());
        complaints.assign(number, null, null, "李投诉", handler);
        complaints.decide(
                number,
                new DecisionInput(true, "调取了定损记录", "保险合同第十条", "赔款支付超过约定时限", null),
                new StepTime(clock.instant(), null),
                handler);

        String decision =
                "【安澜财险】您的投诉" + number + "已作出处理决定：投诉成立。如有异议，可自收到决定之日起30日内书面申请核查，" + "也可申请调解、仲裁或提起诉讼。详见处理决定告知书。";
        assertThat(outbox(number))
                .filteredOn(sms -> sms.template().equals("COMPLAINT_DECISION"))
                .containsExactly(
                        new Sms("COMPLAINT_DECISION", "13800138000", "138****8000", decision),
                        new Sms("COMPLAINT_DECISION", "13900139000", "139****9000", decision));
        // Two segments of a long SMS at most (67 characters each).
        assertThat(decision.length()).isLessThanOrEqualTo(134);
        assertThat(jdbc.sql("select count(*) from notification_outbox where source_ref = :ref and status = 'REJECTED'")
                        .param("ref", "COMPLAINT/" + number)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noPackagedTemplateUsesAForbiddenPhrase() {
        Map<String, String> bodies = jdbc
                .sql("select code, body from notification_template")
                .query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("body")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(bodies).containsKeys("COMPLAINT_ACK", "COMPLAINT_DECISION");
        bodies.forEach((code, body) -> {
            for (ServiceStage stage : List.of(ServiceStage.GENERAL, ServiceStage.COMPLAINT)) {
                PhraseCheck check = phrases.check(body, stage);
                assertThat(check.passed())
                        .as(code + " at " + stage + ": " + check.hits())
                        .isTrue();
            }
        });
    }
}
