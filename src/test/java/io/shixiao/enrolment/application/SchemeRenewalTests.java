package io.shixiao.enrolment.application;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 续保: the households of one year carried into the next year's scheme — the scheme copied with its rules
 * and blanks, one new policy per household, the farmer's share unpaid and as the new scheme says, a
 * household not enrolled kept with its reason — audited once, and nothing created the second time.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class SchemeRenewalTests {

    @Autowired
    Schemes schemes;

    @Autowired
    Households households;

    @Autowired
    SchemeRenewals renewals;

    @Autowired
    Ledger ledger;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNextYearIsCopiedEveryHouseholdGetsANewUnpaidPolicyAndASecondRunCreatesNothing() {
        clock.set(at("2021-09-01T09:00:00"));
        ScopedUser admin = admin();
        Scheme scheme = schemes.create(TestSchemes.huzhu(2021, unit(), SchemeRules.huzhuBid()), "admin");
        String village = firstVillage(scheme);
        households.registerAll(
                scheme.id(),
                List.of(
                        TestHouseholds.row(810_001, village, HouseholdCategory.ORDINARY),
                        TestHouseholds.row(810_002, village, HouseholdCategory.LOW_INCOME),
                        TestHouseholds.row(810_003, village, HouseholdCategory.ORDINARY)),
                java.util.Arrays.asList(null, null, DeclineReason.AWAY),
                admin);
        HouseholdView paid =
                households.ofVillage(scheme.id(), village, admin, 10).get(0);
        households.recordPayment(paid.id(), paid.enrolmentVersion(), admin);

        clock.set(at("2022-08-15T10:00:00"));
        SchemeRenewals.Renewal renewal = renewals.renew(scheme.id(), admin.dataScope(), "admin");
        Scheme next = renewal.scheme();
        assertThat(renewal.schemeCreated()).isTrue();
        assertThat(next.year()).isEqualTo(2022);
        assertThat(next.name()).isEqualTo("互助县2022年度政策性农村住房保险（测试）");
        assertThat(next.rules()).isEqualTo(scheme.rules());
        assertThat(next.periodFrom()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(next.periodTo()).isEqualTo(LocalDate.of(2023, 8, 31));
        assertThat(schemes.serviceLimits(next.id())).isEqualTo(schemes.serviceLimits(scheme.id()));
        assertThat(renewal.households()).isEqualTo(3);
        assertThat(renewal.enrolled()).isEqualTo(2);

        List<HouseholdView> carried = households.ofVillage(next.id(), village, admin, 10);
        assertThat(carried)
                .extracting(
                        HouseholdView::registerNo,
                        HouseholdView::status,
                        HouseholdView::farmer,
                        HouseholdView::farmerPaid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T000810001", "ENROLLED", 1000L, false),
                        org.assertj.core.groups.Tuple.tuple("T000810002", "ENROLLED", 0L, false),
                        org.assertj.core.groups.Tuple.tuple("T000810003", "DECLINED", 0L, false));
        assertThat(carried.get(2).declineReason()).isEqualTo("AWAY");
        assertThat(carried).allSatisfy(h -> assertThat(h.policyNo()).startsWith("RH2022630223"));
        List<HouseholdView> before = households.ofVillage(scheme.id(), village, admin, 10);
        assertThat(carried.get(0).headIdMasked()).isEqualTo(before.get(0).headIdMasked());
        assertThat(households.reveal(carried.get(0).id(), admin))
                .isEqualTo(households.reveal(before.get(0).id(), admin));
        assertThat(before.get(0).farmerPaid())
                .as("last year's payment stays last year's")
                .isTrue();
        assertThat(ledger.of(next.id(), admin.dataScope()).reconciles()).isTrue();

        SchemeRenewals.Renewal again = renewals.renew(scheme.id(), admin.dataScope(), "admin");
        assertThat(again.schemeCreated()).isFalse();
        assertThat(again.scheme().id()).isEqualTo(next.id());
        assertThat(again.households()).isZero();
        assertThat(again.enrolled()).isZero();
        assertThat(count("select count(*) from rural_household where scheme_id = :s", next.id()))
                .isEqualTo(3);
        assertThat(count("select count(*) from rural_enrolment where scheme_id = :s", next.id()))
                .isEqualTo(3);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'RENEW' and entity_id = cast(:s as varchar)",
                        next.id()))
                .isEqualTo(1);

        // Only staff who see the scheme may be told it exists; the county authority may not renew.
        ScopedUser zhejiang = (ScopedUser) users.loadUserByUsername("anlan.manager");
        assertThatThrownBy(() -> renewals.renew(scheme.id(), zhejiang.dataScope(), "anlan.manager"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNextYearTheCountySetAlreadyKeepsItsOwnFarmersShare() {
        clock.set(at("2019-09-01T09:00:00"));
        ScopedUser admin = admin();
        Scheme scheme = schemes.create(TestSchemes.huzhu(2019, unit(), SchemeRules.huzhuBid()), "admin");
        // The county raised the farmer's share for 2020: 15 of the 30 yuan.
        Scheme next = schemes.create(
                TestSchemes.huzhu(
                        2020,
                        unit(),
                        new SchemeRules(3000, 1500, 0, 50, 50, 3_000_000, 0, 2_000_000, 1000, 3_000_000, 0, 0)),
                "admin");
        String village = firstVillage(scheme);
        households.registerAll(
                scheme.id(),
                List.of(TestHouseholds.row(820_001, village, HouseholdCategory.ORDINARY)),
                List.of(),
                admin);

        SchemeRenewals.Renewal renewal = renewals.renew(scheme.id(), admin.dataScope(), "admin");
        assertThat(renewal.schemeCreated()).isFalse();
        assertThat(renewal.scheme().id()).isEqualTo(next.id());
        HouseholdView carried =
                households.ofVillage(next.id(), village, admin, 10).get(0);
        assertThat(carried.farmer()).isEqualTo(1500L);
        assertThat(carried.premium()).isEqualTo(3000L);
        assertThat(ledger.of(next.id(), admin.dataScope()).reconciles()).isTrue();
    }

    private long count(String sql, long schemeId) {
        return jdbc.sql(sql).param("s", schemeId).query(Long.class).single();
    }

    private ScopedUser admin() {
        return (ScopedUser) users.loadUserByUsername("admin");
    }

    private long unit() {
        return organization.unitByCode("ANLAN-QH-HZ").orElseThrow().id();
    }

    private String firstVillage(Scheme scheme) {
        return schemes.villageCodes(scheme).stream().sorted().findFirst().orElseThrow();
    }
}
