package io.shixiao.enrolment.application;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.HouseholdRow;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.division.Division;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A disaster on the eve of the 2025 National Day holidays: 500 damaged houses in 250 villages reported by
 * village batch, surveyed, assessed, put on a one-day village notice with an objection, completed on a
 * holiday, approved and paid — every HZ-* clock checked against the deadline the statutory calendar
 * gives (Oct 1–8 off, Sat Oct 11 a working day), and the engine's verdicts (met, breached) read back.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class DisasterClaimsTests {

    @Autowired
    Schemes schemes;

    @Autowired
    Households households;

    @Autowired
    HouseClaims claims;

    @Autowired
    Ledger ledger;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    private static final String WEIYUAN = "630223100";

    @Test
    void fiveHundredHousesFromReportToPaymentAcrossTheNationalDayHolidays() {
        clock.set(at("2025-09-01T09:00:00"));
        ScopedUser admin = (ScopedUser) users.loadUserByUsername("admin");
        ScopedUser staff = (ScopedUser) users.loadUserByUsername("anlan.huzhu.claims-handler");
        Scheme scheme = schemes.create(
                new SchemeDraft(
                        "630223",
                        2025,
                        "互助县2025年度政策性农村住房保险（测试）",
                        organization.unitByCode("ANLAN-QH-HZ").orElseThrow().id(),
                        "HUZHU-BID-2025",
                        "互助土族自治县应急管理局",
                        LocalDate.of(2025, 8, 20),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 8, 31),
                        withNotice(SchemeRules.huzhuBid(), 1),
                        SchemeDraft.HUZHU_PERILS,
                        SchemeDraft.HUZHU_EXCLUSIONS,
                        SchemeDraft.HUZHU_INSURED_OBJECT,
                        SchemeDraft.HUZHU_EXCLUDED_OBJECTS,
                        Map.of("bid.claim-review", 5, "bid.claim-payment", 3, "bid.report-response", 2)),
                "admin");
        assertThat(schemes.serviceLimits(scheme.id()))
                .containsEntry("bid.claim-review", 5)
                .containsEntry("bid.claim-payment", 3);

        // Two households in each of 250 villages, 威远镇 (the county town) first.
        List<Division> villages = schemes.villages(scheme).values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .limit(250)
                .toList();
        List<HouseholdRow> rows = new ArrayList<>();
        int serial = 500_000;
        for (Division village : villages) {
            rows.add(TestHouseholds.row(serial++, village.code().value(), HouseholdCategory.ORDINARY));
            rows.add(TestHouseholds.row(serial++, village.code().value(), HouseholdCategory.LOW_INCOME));
        }
        households.registerAll(scheme.id(), rows, List.of(), admin);
        assertThat(ledger.of(scheme.id(), admin.dataScope()).reconciles()).isTrue();

        // Mon 29 Sep 09:00: the liaisons report their villages' damaged houses.
        clock.set(at("2025-09-29T09:00:00"));
        Map<String, List<ClaimView>> byVillage = new LinkedHashMap<>();
        for (Division village : villages) {
            List<Long> ids = households.ofVillage(scheme.id(), village.code().value(), staff, 10).stream()
                    .map(HouseholdView::id)
                    .toList();
            byVillage.put(
                    village.code().value(),
                    claims.reportBatch(
                            scheme.id(),
                            village.code().value(),
                            "暴雨",
                            at("2025-09-29T03:00:00"),
                            ids,
                            HouseClaims.When.now(),
                            staff));
        }
        List<ClaimView> all = byVillage.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(500);
        ClaimView town = all.stream()
                .filter(c -> c.villageCode().startsWith(WEIYUAN))
                .findFirst()
                .orElseThrow();
        ClaimView elsewhere = all.stream()
                .filter(c -> c.zone().equals("ELSEWHERE_IN_COUNTY"))
                .findFirst()
                .orElseThrow();
        ClaimView late = all.stream()
                .filter(c -> c.zone().equals("ELSEWHERE_IN_COUNTY"))
                .reduce((first, second) -> second)
                .orElseThrow();
        // 投标方案: 县城区半小时内, 城区以外3小时内, counted from the report's arrival (24x7).
        assertThat(deadline(town, "HZ-ARRIVE-TOWN")).isEqualTo(at("2025-09-29T09:30:00"));
        assertThat(deadline(elsewhere, "HZ-ARRIVE-COUNTY")).isEqualTo(at("2025-09-29T12:00:00"));
        assertThat(deadline(town, "HZ-REPORT-RESPONSE")).isEqualTo(at("2025-09-29T11:00:00"));

        // Contacted at 09:20; on site in the town at 09:25, elsewhere by 11:50 — but one house at 12:30.
        clock.set(at("2025-09-29T09:20:00"));
        all.forEach(c -> claims.contact(c.id(), HouseClaims.When.now(), staff));
        clock.set(at("2025-09-29T09:25:00"));
        all.stream()
                .filter(c -> c.zone().equals("COUNTY_TOWN"))
                .forEach(c -> claims.arrive(c.id(), HouseClaims.When.now(), staff));
        clock.set(at("2025-09-29T11:50:00"));
        all.stream()
                .filter(c -> c.zone().equals("ELSEWHERE_IN_COUNTY") && c.id() != late.id())
                .forEach(c -> claims.arrive(c.id(), HouseClaims.When.now(), staff));
        clock.set(at("2025-09-29T12:30:00"));
        claims.arrive(late.id(), HouseClaims.When.now(), staff);

        // Assessed at 14:00 with photos: one house collapsed, the rest damaged for 8,000 yuan.
        clock.set(at("2025-09-29T14:00:00"));
        for (ClaimView c : all) {
            boolean collapsed = c.id() == town.id();
            claims.assess(
                    c.id(),
                    collapsed ? LossExtent.TOTAL_COLLAPSE : LossExtent.PARTIAL_DAMAGE,
                    800_000,
                    4,
                    HouseClaims.When.now(),
                    staff);
        }

        // 15:00: each village's notice, one day after the day of publication: it ends 1 Oct 00:00.
        clock.set(at("2025-09-29T15:00:00"));
        Map<String, Long> notices = new LinkedHashMap<>();
        byVillage.keySet().forEach(v -> notices.put(v, claims.publishNotice(scheme.id(), v, staff)));
        long objectedNotice = notices.get(elsewhere.villageCode());
        assertThat(claims.notice(objectedNotice, staff).rule().endsAt()).isEqualTo(at("2025-10-01T00:00:00"));
        assertThat(claims.onNotice(objectedNotice, staff))
                .allSatisfy(c -> assertThat(c.headIdMasked()).matches("630223\\*{8}\\d{3}[\\dX]"));

        // An objection on 30 Sep: the window cannot close before it is answered; upheld, the house is reassessed.
        clock.set(at("2025-09-30T10:00:00"));
        long objection = claims.object(objectedNotice, elsewhere.id(), "邻居反映受损面积更大", staff);
        assertThatThrownBy(() -> claims.closeNotice(objectedNotice, staff)).isInstanceOf(InvalidInputException.class);
        clock.set(at("2025-09-30T16:00:00"));
        claims.answer(objection, "复核属实，按1.2万元重新定损", LossExtent.PARTIAL_DAMAGE, 1_200_000L, staff);

        // 1 Oct (a holiday) 09:00: the notices are over, the files complete; review: 5 working days.
        clock.set(at("2025-10-01T09:00:00"));
        notices.values().forEach(n -> claims.closeNotice(n, staff));
        // Oct 1–8 off; Thu 9 (1), Fri 10 (2), Sat 11 worked (3), Mon 13 (4), Tue 14 (5): due by 24:00 on 14 Oct.
        assertThat(deadline(town, "HZ-REVIEW")).isEqualTo(at("2025-10-15T00:00:00"));

        clock.set(at("2025-10-10T10:00:00"));
        all.forEach(c -> claims.approve(c.id(), HouseClaims.When.now(), staff));
        // Sat 11 (1), Mon 13 (2), Tue 14 (3).
        assertThat(deadline(town, "HZ-PAY")).isEqualTo(at("2025-10-15T00:00:00"));

        clock.set(at("2025-10-13T10:00:00"));
        all.forEach(c -> claims.pay(c.id(), HouseClaims.When.now(), staff));

        // Every clock read back from the engine.
        for (ClaimView c : all) {
            Map<String, ClockState> states = states(c);
            String arrival = c.zone().equals("COUNTY_TOWN") ? "HZ-ARRIVE-TOWN" : "HZ-ARRIVE-COUNTY";
            assertThat(states.get(arrival)).isEqualTo(c.id() == late.id() ? ClockState.BREACHED : ClockState.MET);
            assertThat(states.get("HZ-REPORT-RESPONSE")).isEqualTo(ClockState.MET);
            assertThat(states.get("HZ-REVIEW")).isEqualTo(ClockState.MET);
            assertThat(states.get("HZ-PAY")).isEqualTo(ClockState.MET);
        }
        List<ClaimView> paid = claims.ofScheme(scheme.id(), null, staff, 1000);
        assertThat(paid).hasSize(500).allSatisfy(c -> assertThat(c.state()).isEqualTo("PAID"));
        assertThat(claims.visible(town.id(), staff).indemnity()).isEqualTo(3_000_000L);
        assertThat(claims.visible(elsewhere.id(), staff).indemnity()).isEqualTo(1_200_000L);

        // The county authority reads the claims; the Zhejiang branch's staff do not see the scheme at all.
        ScopedUser county = (ScopedUser) users.loadUserByUsername("huzhu.county");
        assertThat(claims.visible(town.id(), county).claimNo()).isEqualTo(town.claimNo());
        ScopedUser zhejiang = (ScopedUser) users.loadUserByUsername("anlan.claims-handler");
        assertThatThrownBy(() -> claims.visible(town.id(), zhejiang)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> claims.pay(town.id(), HouseClaims.When.now(), county))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private Instant deadline(ClaimView claim, String standard) {
        return clock(claim, standard).deadline();
    }

    private ClockView clock(ClaimView claim, String standard) {
        ScopedUser admin = (ScopedUser) users.loadUserByUsername("admin");
        CaseDeadlines deadlines = claims.deadlines(claim.id(), admin);
        return deadlines.clocks().stream()
                .filter(c -> c.standardCode().equals(standard))
                .findFirst()
                .orElseThrow(() -> new AssertionError(standard + " not running on " + claim.claimNo() + ": "
                        + deadlines.clocks().stream()
                                .map(ClockView::standardCode)
                                .toList()));
    }

    private Map<String, ClockState> states(ClaimView claim) {
        ScopedUser admin = (ScopedUser) users.loadUserByUsername("admin");
        Map<String, ClockState> states = new LinkedHashMap<>();
        claims.deadlines(claim.id(), admin).clocks().forEach(c -> states.put(c.standardCode(), c.state()));
        return states;
    }

    private static SchemeRules withNotice(SchemeRules r, int days) {
        return new SchemeRules(
                r.premium(),
                r.farmerShare(),
                r.centralPercent(),
                r.provincePercent(),
                r.countyPercent(),
                r.sumInsured(),
                r.specialFarmerShare(),
                r.specialSumInsured(),
                r.topUp(),
                r.toppedUpSumInsured(),
                r.deductible(),
                days);
    }
}
