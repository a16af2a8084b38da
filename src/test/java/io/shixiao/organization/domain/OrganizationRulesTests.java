package io.shixiao.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.ZoneKind;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Zone zone(long id, ZoneKind kind, String... codes) {
        return Zone.restore(
                id,
                1,
                1,
                kind.name(),
                kind,
                java.util.Arrays.stream(codes).map(DivisionCode::of).collect(java.util.stream.Collectors.toSet()),
                true,
                0);
    }

    @Test
    void theMostSpecificCoveringZoneDecides() {
        List<Zone> zones = List.of(
                zone(1, ZoneKind.ELSEWHERE_IN_COUNTY, "630223"),
                zone(2, ZoneKind.COUNTY_TOWN, "630223100", "630223001"),
                zone(3, ZoneKind.URBAN, "330102", "330106"),
                zone(4, ZoneKind.OUTSIDE_URBAN, "3301"));
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("630223100"))
                        .map(Zone::kind))
                .contains(ZoneKind.COUNTY_TOWN);
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("630223100201"))
                        .map(Zone::kind))
                .contains(ZoneKind.COUNTY_TOWN);
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("630223101"))
                        .map(Zone::kind))
                .contains(ZoneKind.ELSEWHERE_IN_COUNTY);
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("330106"))
                        .map(Zone::kind))
                .contains(ZoneKind.URBAN);
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("330109"))
                        .map(Zone::kind))
                .contains(ZoneKind.OUTSIDE_URBAN);
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("3306")))
                .isEmpty();
        assertThat(Zone.theMostSpecificCoveringZoneDecides(zones, DivisionCode.of("33")))
                .isEmpty();
    }

    @Test
    void anInactiveZoneDecidesNothing() {
        Zone urban = zone(3, ZoneKind.URBAN, "330106");
        urban.deactivate();
        assertThat(Zone.theMostSpecificCoveringZoneDecides(
                                List.of(urban, zone(4, ZoneKind.OUTSIDE_URBAN, "3301")), DivisionCode.of("330106"))
                        .map(Zone::kind))
                .contains(ZoneKind.OUTSIDE_URBAN);
    }

    @Test
    void aZoneCoversAtLeastOneDivision() {
        assertThatThrownBy(() -> Zone.define(1, 1, "空", ZoneKind.URBAN, Set.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCertificateIsValidExpiringSoonOrExpired() {
        Qualification soon = new Qualification("查勘定损资格", "CK1", "协会", TODAY.minusYears(3), TODAY.plusDays(30));
        Qualification later = new Qualification("查勘定损资格", "CK2", "协会", TODAY.minusYears(3), TODAY.plusDays(31));
        Qualification past = new Qualification("查勘定损资格", "CK3", "协会", TODAY.minusYears(3), TODAY.minusDays(1));
        Qualification lastDay = new Qualification("查勘定损资格", "CK4", "协会", TODAY.minusYears(3), TODAY);
        Qualification permanent = new Qualification("执业登记", "0201", "中国银保信", TODAY.minusYears(3), null);
        assertThat(soon.statusOn(TODAY)).isEqualTo(QualificationStatus.EXPIRING_SOON);
        assertThat(later.statusOn(TODAY)).isEqualTo(QualificationStatus.VALID);
        assertThat(past.statusOn(TODAY)).isEqualTo(QualificationStatus.EXPIRED);
        assertThat(lastDay.statusOn(TODAY)).isEqualTo(QualificationStatus.EXPIRING_SOON);
        assertThat(permanent.statusOn(TODAY)).isEqualTo(QualificationStatus.VALID);
    }

    @Test
    void aCertificateExpiresAfterItWasIssued() {
        assertThatThrownBy(() -> new Qualification("x", "1", "y", TODAY, TODAY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void staffHoldOnlyInsurerRoles() {
        MobileNumber mobile = new MobileNumber("13912345678");
        assertThatThrownBy(() -> Staff.hire(1, 1, "张伟", "AL1", mobile, Set.of(Role.ADMIN), List.of(), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ADMIN");
        assertThatThrownBy(() -> Staff.hire(1, 1, "张伟", "AL1", mobile, Set.of(), List.of(), null))
                .isInstanceOf(InvalidInputException.class);
        Staff staff = Staff.hire(1, 1, "张伟", "AL1", mobile, Set.of(Role.SURVEYOR, Role.ASSESSOR), List.of(), " ");
        assertThat(staff.roles()).containsExactlyInAnyOrder(Role.SURVEYOR, Role.ASSESSOR);
        assertThat(staff.associationCertificateNo()).isNull();
    }

    @Test
    void aStaffMemberNeedsAttentionWhenACertificateExpiresSoon() {
        Staff staff = Staff.hire(
                1,
                1,
                "张伟",
                "AL1",
                new MobileNumber("13912345678"),
                Set.of(Role.SURVEYOR),
                List.of(new Qualification("查勘定损资格", "CK1", "协会", TODAY.minusYears(3), TODAY.plusDays(5))),
                null);
        assertThat(staff.needsCertificateAttention(TODAY)).isTrue();
        assertThat(staff.needsCertificateAttention(TODAY.minusDays(30))).isFalse();
    }

    @Test
    void anOutletOpensAtLeastOneDayAWeek() {
        assertThatThrownBy(() -> Outlet.open(
                        1,
                        "网点",
                        "地址",
                        DivisionCode.of("330106"),
                        OutletKind.SELF_BUILT,
                        "95501",
                        new WeeklyHours(Map.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fields().get(0).field()).isEqualTo("hours"));
    }

    @Test
    void anInsurerWithActiveUnitsCannotBeDeactivated() {
        Insurer insurer = Insurer.register(
                "ANLAN", "安澜财产保险股份有限公司", "安澜财险", UnifiedSocialCreditCode.complete("91330000MA2AL0001"), "95501");
        assertThatThrownBy(() -> insurer.deactivate(3))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("3 active units");
        insurer.deactivate(0);
        assertThat(insurer.active()).isFalse();
    }

    @Test
    void aMemberJoinsOnceAndLeavesNotBeforeItJoined() {
        Association association = Association.found("ZJIA", "浙江省保险行业协会", DivisionCode.of("33"));
        association.admit(7, LocalDate.of(2016, 3, 1));
        assertThatThrownBy(() -> association.admit(7, LocalDate.of(2017, 1, 1))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> association.release(7, LocalDate.of(2016, 2, 1)))
                .isInstanceOf(InvalidInputException.class);
        association.release(7, LocalDate.of(2020, 1, 1));
        assertThat(association.isMember(7)).isFalse();
        assertThatThrownBy(() -> association.release(7, LocalDate.of(2021, 1, 1)))
                .isInstanceOf(ConflictException.class);
        association.admit(7, LocalDate.of(2022, 1, 1));
        assertThat(association.isMember(7)).isTrue();
        assertThat(association.members()).hasSize(2);
    }
}
