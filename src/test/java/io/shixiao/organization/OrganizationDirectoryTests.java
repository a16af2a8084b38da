package io.shixiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The facade other modules use, on the demo organisation. */
@SpringBootTest
class OrganizationDirectoryTests {

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.shixiao.organization.demo.OrganizationDemoData demoData;

    @Test
    void unitsAreFoundByCodeAndIdWithTheirPath() {
        OrgUnitView hangzhou = directory.unitByCode("ANLAN-ZJ-HZ").orElseThrow();
        OrgUnitView zhejiang = directory.unitByCode("ANLAN-ZJ").orElseThrow();
        assertThat(hangzhou.level()).isEqualTo(OrgUnitLevel.CENTRAL_SUB_BRANCH);
        assertThat(hangzhou.divisionCode()).isEqualTo("3301");
        assertThat(hangzhou.path()).startsWith(zhejiang.path()).endsWith("/" + hangzhou.id() + "/");
        assertThat(directory.unit(hangzhou.id())).contains(hangzhou);
        assertThat(directory.unitByCode("HENGTAI-GS-LN-WD").orElseThrow().divisionCode())
                .isEqualTo("621202");
        assertThat(directory.unitByCode("NOPE")).isEmpty();
    }

    @Test
    void staffAreFoundByInsurerAndEmployeeNumberWithAMaskedMobile() {
        StaffView first = directory.staffByEmployeeNo("ANLAN", "AL000100").orElseThrow();
        assertThat(first.roles()).containsExactly(Role.AGENT);
        assertThat(first.maskedMobile()).matches("1\\d{2}\\*{4}\\d{4}");
        assertThat(first.orgPath())
                .isEqualTo(directory.unitByCode("ANLAN-ZJ").orElseThrow().path());
        assertThat(directory.staffByEmployeeNo("HENGTAI", "AL000100")).isEmpty();
        assertThat(directory.staff(first.id())).contains(first);
    }

    @Test
    void everyInsurerRoleHasStaffAtTheZhejiangBranch() {
        for (String insurer : new String[] {"ANLAN", "HENGTAI"}) {
            long unit = directory.unitByCode(insurer + "-ZJ").orElseThrow().id();
            for (Role role : Role.values()) {
                if (role.isInsurerStaff()) {
                    assertThat(jdbc.sql(
                                            "select count(*) from staff s join staff_role r on r.staff_id = s.id where s.org_unit_id = ? and r.role = ?")
                                    .params(unit, role.name())
                                    .query(Long.class)
                                    .single())
                            .as(insurer + " " + role)
                            .isPositive();
                }
            }
        }
    }

    @Test
    void countsFollowTheDataScope() {
        OrganizationCounts all = directory.counts(DataScope.platform());
        OrgUnitView hangzhou = directory.unitByCode("ANLAN-ZJ-HZ").orElseThrow();
        OrganizationCounts subtree =
                directory.counts(DataScope.subtree(hangzhou.insurerId(), hangzhou.id(), hangzhou.path()));
        assertThat(subtree.units()).isGreaterThanOrEqualTo(3).isLessThan(all.units());
        assertThat(subtree.outlets()).isGreaterThanOrEqualTo(2).isLessThan(all.outlets());
        assertThat(subtree.activeStaff()).isPositive().isLessThan(all.activeStaff());
        assertThat(directory.counts(DataScope.association(1))).isEqualTo(new OrganizationCounts(0, 0, 0));
        assertThat(directory.counts(DataScope.county("630223"))).isEqualTo(new OrganizationCounts(0, 0, 0));
    }

    @Test
    void zoneKindsAndOutletHoursAreAvailable() {
        long hengtai = directory.insurerIdByCode("HENGTAI").orElseThrow();
        assertThat(directory.zoneKindFor(hengtai, "630223100")).contains(ZoneKind.COUNTY_TOWN);
        assertThat(directory.zoneKindFor(hengtai, "630223206")).contains(ZoneKind.ELSEWHERE_IN_COUNTY);
        assertThat(directory.zoneKindFor(hengtai, "330105")).contains(ZoneKind.URBAN);
        assertThat(directory.zoneKindFor(hengtai, "3302")).isEmpty();
        assertThat(directory.zoneKindFor(hengtai, "bad")).isEmpty();
        long outlet = jdbc.sql(
                        "select o.id from outlet o join org_unit u on u.id = o.org_unit_id where u.code = 'HENGTAI-ZJ-HZ-XH' order by o.id limit 1")
                .query(Long.class)
                .single();
        WeeklyHours hours = directory.outletHours(outlet).orElseThrow();
        assertThat(hours.on(DayOfWeek.MONDAY).orElseThrow().opens()).isEqualTo(LocalTime.of(8, 30));
        assertThat(hours.isClosedOn(DayOfWeek.SUNDAY)).isTrue();
        assertThat(directory.outletHours(-1)).isEmpty();
    }

    @Test
    void theThreeAssociationsHaveBothInsurersAsMembers() {
        for (String code : new String[] {"ZJIA", "LNIA", "TSIA"}) {
            long id = directory.associationIdByCode(code).orElseThrow();
            assertThat(jdbc.sql("select count(*) from association_member where association_id = ? and left_on is null")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        }
    }

    @Test
    void theDemoCreditCodesAreValid() {
        assertThat(jdbc.sql("select credit_code from insurer")
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .allMatch(io.shixiao.shared.identity.UnifiedSocialCreditCode::isValid);
    }

    @Test
    void theDemoDataIsWrittenOnlyOnce() {
        long insurers =
                jdbc.sql("select count(*) from insurer").query(Long.class).single();
        long staff = jdbc.sql("select count(*) from staff").query(Long.class).single();
        demoData.run(null);
        assertThat(jdbc.sql("select count(*) from insurer").query(Long.class).single())
                .isEqualTo(insurers);
        assertThat(jdbc.sql("select count(*) from staff").query(Long.class).single())
                .isEqualTo(staff);
    }
}
