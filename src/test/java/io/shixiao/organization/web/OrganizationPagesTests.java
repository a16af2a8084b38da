package io.shixiao.organization.web;

import static io.shixiao.organization.TestUsers.admin;
import static io.shixiao.organization.TestUsers.association;
import static io.shixiao.organization.TestUsers.insurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation pages render in Chinese, stay in scope, validate forms next to the field and audit reveals. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    OrgUnitView anlanZj;
    OrgUnitView hengtaiZj;

    @BeforeEach
    void demoOrganisation() {
        anlanZj = directory.unitByCode("ANLAN-ZJ").orElseThrow();
        hengtaiZj = directory.unitByCode("HENGTAI-ZJ").orElseThrow();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/organization/insurers",
                "/organization/outlets",
                "/organization/zones?insurerId=1&division=630223100",
                "/organization/staff",
                "/organization/associations",
                "/organization/outlets/new",
                "/organization/staff/new",
                "/organization/zones/new"
            })
    void everyPageRendersForTheAdministrator(String path) throws Exception {
        mvc.perform(get(path).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<main")));
    }

    @Test
    void theBranchTreeShowsTheUnitsAndTheirLevels() throws Exception {
        mvc.perform(get("/organization/insurers").with(insurer(anlanZj, Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("安澜财险浙江分公司"),
                                containsString("中心支公司"),
                                containsString("安澜财险西湖支公司"),
                                not(containsString("恒泰")),
                                not(containsString("甘肃分公司")))));
    }

    @Test
    void anotherInsurersOutletAndStaffPagesAreNotFound() throws Exception {
        long outlet = id(
                "select o.id from outlet o join org_unit u on u.id = o.org_unit_id where u.code = 'ANLAN-ZJ-HZ-XH' limit 1");
        long staff = id(
                "select s.id from staff s join org_unit u on u.id = s.org_unit_id where u.code = 'ANLAN-ZJ' limit 1");
        mvc.perform(get("/organization/outlets/" + outlet).with(insurer(hengtaiZj, Role.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organization/staff/" + staff).with(insurer(hengtaiZj, Role.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organization/staff/" + staff + "/mobile")
                        .with(csrf())
                        .with(insurer(hengtaiZj, Role.MANAGER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organization/outlets/" + outlet).with(insurer(anlanZj, Role.SURVEYOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("周末值班"), containsString("08:30"))));
    }

    @Test
    void theStaffListShowsMaskedMobilesAndRevealsOneOnlyOnTheAuditedShowAction() throws Exception {
        long staff = id(
                "select s.id from staff s join org_unit u on u.id = s.org_unit_id where u.code = 'ANLAN-ZJ' order by s.id limit 1");
        String page = mvc.perform(get("/organization/staff").with(insurer(anlanZj, Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("1\\d{2}\\*{4}\\d{4}")
                .doesNotContainPattern(">1[3-9]\\d{9}<")
                .contains("30天内到期");
        long before = id("select count(*) from audit_entry where kind = 'PII_VIEW' and entity_id = '" + staff + "'");
        mvc.perform(post("/organization/staff/" + staff + "/mobile")
                        .with(csrf())
                        .with(insurer(anlanZj, Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*>1[3-9]\\d{9}<.*")));
        assertThat(id("select count(*) from audit_entry where kind = 'PII_VIEW' and entity_id = '" + staff + "'"))
                .isEqualTo(before + 1);
    }

    @Test
    void anInvalidStaffFormShowsTheMessagesNextToTheFields() throws Exception {
        mvc.perform(post("/organization/staff")
                        .with(admin())
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(anlanZj.id()))
                        .param("name", "")
                        .param("employeeNo", "AL-PAGE-1")
                        .param("mobile", "12345")
                        .param("qualifications[0].name", "查勘资格")
                        .param("qualifications[0].issuedOn", "2024-02-30"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error\""), containsString("必填"), containsString("格式不正确"))));
    }

    @Test
    void aValidStaffFormHiresAndAnEmptyMobileOnEditKeepsTheNumber() throws Exception {
        mvc.perform(post("/organization/staff")
                        .with(insurer(anlanZj, Role.MANAGER))
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(anlanZj.id()))
                        .param("name", "测试员")
                        .param("employeeNo", "AL-PAGE-2")
                        .param("mobile", "13600001111")
                        .param("roles", "SURVEYOR", "ASSESSOR")
                        .param("qualifications[0].name", "查勘资格")
                        .param("qualifications[0].number", "CK-1")
                        .param("qualifications[0].issuer", "协会")
                        .param("qualifications[0].issuedOn", "2024-02-01")
                        .param("qualifications[0].expiresOn", "2027-02-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organization/staff/*"));
        long staff = id("select id from staff where employee_no = 'AL-PAGE-2'");
        mvc.perform(post("/organization/staff/" + staff)
                        .with(insurer(anlanZj, Role.MANAGER))
                        .with(csrf())
                        .param("version", "0")
                        .param("orgUnitId", String.valueOf(anlanZj.id()))
                        .param("name", "测试员改")
                        .param("employeeNo", "AL-PAGE-2")
                        .param("mobile", "")
                        .param("roles", "SURVEYOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/staff/" + staff).with(admin()))
                .andExpect(content()
                        .string(allOf(
                                containsString("136****1111"),
                                containsString("测试员改"),
                                not(containsString("ASSESSOR")))));
    }

    @Test
    void anOutletFormRefusesAClosingBeforeOpeningNextToTheDay() throws Exception {
        mvc.perform(post("/organization/outlets")
                        .with(admin())
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(anlanZj.id()))
                        .param("name", "测试网点")
                        .param("address", "杭州市")
                        .param("divisionCode", "330106")
                        .param("kind", "SELF_BUILT")
                        .param("hotline", "0571-1234")
                        .param("days[0].day", "MONDAY")
                        .param("days[0].opens", "17:00")
                        .param("days[0].closes", "09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关门时间须晚于开门时间")));
        mvc.perform(post("/organization/outlets")
                        .with(admin())
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(anlanZj.id()))
                        .param("name", "测试网点")
                        .param("address", "杭州市西湖区")
                        .param("divisionCode", "330106")
                        .param("kind", "SELF_BUILT")
                        .param("hotline", "0571-1234")
                        .param("days[0].day", "MONDAY")
                        .param("days[0].opens", "09:00")
                        .param("days[0].closes", "17:00"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAssociationSeesItsCertificateRegistryPageWithoutMobiles() throws Exception {
        long zjia = directory.associationIdByCode("ZJIA").orElseThrow();
        long lnia = directory.associationIdByCode("LNIA").orElseThrow();
        mvc.perform(get("/organization/associations/" + zjia).with(association(zjia)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ZJIA-"), not(containsString("****")))));
        mvc.perform(get("/organization/associations/" + lnia).with(association(zjia)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organization/associations").with(association(zjia)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("天水市保险行业协会")));
    }

    @Test
    void aZoneFormNamesAnUnknownDivisionAndSavesAValidZone() throws Exception {
        OrgUnitView hangzhou = directory.unitByCode("ANLAN-ZJ-HZ").orElseThrow();
        mvc.perform(post("/organization/zones")
                        .with(insurer(hangzhou, Role.MANAGER))
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(hangzhou.id()))
                        .param("name", "页面测试区域")
                        .param("kind", "URBAN")
                        .param("divisionCodes", "330102, 339999"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), containsString("339999"))));
        mvc.perform(post("/organization/zones")
                        .with(insurer(hangzhou, Role.MANAGER))
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(hangzhou.id()))
                        .param("name", "页面测试区域")
                        .param("kind", "URBAN")
                        .param("divisionCodes", "330122、330127"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organization/zones").with(insurer(hangzhou, Role.MANAGER)))
                .andExpect(content()
                        .string(allOf(containsString("页面测试区域"), containsString("桐庐县"), not(containsString("陇南")))));
        mvc.perform(post("/organization/zones")
                        .with(insurer(hangzhou, Role.SURVEYOR))
                        .with(csrf())
                        .param("orgUnitId", String.valueOf(hangzhou.id()))
                        .param("name", "x")
                        .param("kind", "URBAN")
                        .param("divisionCodes", "330122"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAUnitToTheTreeAndALevelAboveTheParentIsRefusedNextToTheLevel() throws Exception {
        OrgUnitView shaoxing = directory.unitByCode("HENGTAI-ZJ-SX").orElseThrow();
        mvc.perform(post("/organization/insurers/units")
                        .with(admin())
                        .with(csrf())
                        .param("insurerId", String.valueOf(shaoxing.insurerId()))
                        .param("parentId", String.valueOf(shaoxing.id()))
                        .param("level", "BRANCH")
                        .param("code", "HENGTAI-ZJ-SX-X")
                        .param("name", "恒泰财险越城支公司")
                        .param("divisionCode", "330602"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("class=\"error\""), containsString("cannot be placed under"))));
        mvc.perform(post("/organization/insurers/units")
                        .with(admin())
                        .with(csrf())
                        .param("insurerId", String.valueOf(shaoxing.insurerId()))
                        .param("parentId", String.valueOf(shaoxing.id()))
                        .param("level", "SUB_BRANCH")
                        .param("code", "HENGTAI-ZJ-SX-YC")
                        .param("name", "恒泰财险越城支公司")
                        .param("divisionCode", "330602"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.unitByCode("HENGTAI-ZJ-SX-YC").orElseThrow().path())
                .startsWith(shaoxing.path());
        mvc.perform(get("/organization/insurers?insurerId=" + shaoxing.insurerId())
                        .with(admin()))
                .andExpect(content().string(containsString("恒泰财险越城支公司")));
        mvc.perform(post("/organization/insurers/units/" + shaoxing.id() + "/deactivate")
                        .with(admin())
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("error"));
    }
}
