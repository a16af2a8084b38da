package io.shixiao.enrolment.application;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.ScopedUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The household's SMS of a house claim (R13 at the report, R15 at payment): the exact text the outbox
 * holds, written in the step's transaction; a household without a valid mobile gets no outbox row, and
 * the step's audit row says so.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class HouseClaimMessagesTests {

    @Autowired
    Schemes schemes;

    @Autowired
    Households households;

    @Autowired
    HouseClaims claims;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PiiCipher pii;

    @Test
    void theReportAndThePaymentTextTheHouseholdAndAHouseholdWithoutAMobileGetsNone() {
        clock.set(at("2023-09-01T09:00:00"));
        ScopedUser admin = (ScopedUser) users.loadUserByUsername("admin");
        ScopedUser staff = (ScopedUser) users.loadUserByUsername("anlan.huzhu.claims-handler");
        long unit = organization.unitByCode("ANLAN-QH-HZ").orElseThrow().id();
        Scheme scheme = schemes.create(TestSchemes.huzhu(2023, unit, SchemeRules.huzhuBid()), "admin");
        String village =
                schemes.villageCodes(scheme).stream().sorted().findFirst().orElseThrow();
        List<HouseholdRow> rows = List.of(
                TestHouseholds.row(700_001, village, HouseholdCategory.ORDINARY),
                TestHouseholds.row(700_002, village, HouseholdCategory.ORDINARY));
        households.registerAll(scheme.id(), rows, List.of(), admin);
        List<HouseholdView> registered = households.ofVillage(scheme.id(), village, staff, 10);
        HouseholdView withMobile = registered.stream()
                .filter(h -> h.registerNo().equals("T000700001"))
                .findFirst()
                .orElseThrow();
        HouseholdView landline = registered.stream()
                .filter(h -> h.registerNo().equals("T000700002"))
                .findFirst()
                .orElseThrow();
        // Registered before mobiles were checked: a landline number, to which no SMS can go.
        jdbc.sql("update rural_household set phone = :p where id = :id")
                .param("p", pii.encrypt("0972-8321234"))
                .param("id", landline.id())
                .update();

        clock.set(at("2023-09-29T09:00:00"));
        List<ClaimView> reported = claims.reportBatch(
                scheme.id(),
                village,
                "暴雨",
                at("2023-09-29T03:00:00"),
                List.of(withMobile.id(), landline.id()),
                HouseClaims.When.now(),
                staff);
        ClaimView claim = reported.get(0);
        assertThat(outbox(claim))
                .containsExactly("CLAIM_REPORT_ACK|PENDING|139****0001|【安澜财险】您的报案已受理，报案号" + claim.claimNo()
                        + "。请准备以下理赔资料：保险合同（保险凭证）、户主身份证、户口簿、房屋损失照片、事故证明、户主本人银行账户。如有疑问请致电95501。");
        assertThat(outbox(reported.get(1))).isEmpty();
        assertThat(auditSummary("RuralClaimBatch", claim.batchId()))
                .endsWith("SMS CLAIM_REPORT_ACK requested for 1, none for 1 without a valid mobile");

        clock.set(at("2023-09-29T09:20:00"));
        claims.contact(claim.id(), HouseClaims.When.now(), staff);
        claims.arrive(claim.id(), HouseClaims.When.now(), staff);
        claims.assess(claim.id(), LossExtent.PARTIAL_DAMAGE, 800_000, 3, HouseClaims.When.now(), staff);
        claims.completeFile(claim.id(), HouseClaims.When.now(), staff);
        clock.set(at("2023-10-09T10:00:00"));
        claims.approve(claim.id(), HouseClaims.When.now(), staff);
        clock.set(at("2023-10-10T10:00:00"));
        claims.pay(claim.id(), HouseClaims.When.now(), staff);

        assertThat(outbox(claim))
                .containsExactly(
                        "CLAIM_REPORT_ACK|PENDING|139****0001|【安澜财险】您的报案已受理，报案号" + claim.claimNo()
                                + "。请准备以下理赔资料：保险合同（保险凭证）、户主身份证、户口簿、房屋损失照片、事故证明、户主本人银行账户。如有疑问请致电95501。",
                        "CLAIM_PAID|PENDING|139****0001|【安澜财险】您的赔案" + claim.claimNo()
                                + "赔款8000.00元已于10月10日支付至您指定的银行账户（尾号0001），请注意查收。");
        assertThat(auditSummary("RuralHouseClaim", claim.id()))
                .isEqualTo(claim.claimNo() + " SMS CLAIM_PAID requested for 1");
    }

    private List<String> outbox(ClaimView claim) {
        return jdbc.sql("""
                select template_code || '|' || status || '|' || recipient_masked || '|' || body from notification_outbox
                where source_ref = :ref order by id""")
                .param("ref", "RURAL-CLAIM/" + claim.claimNo())
                .query(String.class)
                .list();
    }

    private String auditSummary(String entityType, long id) {
        return jdbc.sql("""
                select summary from audit_entry where entity_type = :t and entity_id = :id order by id desc limit 1""")
                .param("t", entityType)
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
    }
}
