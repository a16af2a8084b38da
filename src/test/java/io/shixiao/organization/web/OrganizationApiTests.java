package io.shixiao.organization.web;

import static io.shixiao.organization.TestUsers.admin;
import static io.shixiao.organization.TestUsers.association;
import static io.shixiao.organization.TestUsers.county;
import static io.shixiao.organization.TestUsers.insurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation API on the demo data: data scope, write permissions, validation, locking. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    OrgUnitView anlanZj;
    OrgUnitView anlanHz;
    OrgUnitView hengtaiZj;
    long anlanId;

    @BeforeEach
    void demoOrganisation() {
        anlanZj = directory.unitByCode("ANLAN-ZJ").orElseThrow();
        anlanHz = directory.unitByCode("ANLAN-ZJ-HZ").orElseThrow();
        hengtaiZj = directory.unitByCode("HENGTAI-ZJ").orElseThrow();
        anlanId = directory.insurerIdByCode("ANLAN").orElseThrow();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long anlanOutlet(String unitCode) {
        return id("select o.id from outlet o join org_unit u on u.id = o.org_unit_id where u.code = '" + unitCode
                + "' order by o.id limit 1");
    }

    private long anlanStaff(String unitCode) {
        return id("select s.id from staff s join org_unit u on u.id = s.org_unit_id where u.code = '" + unitCode
                + "' order by s.id limit 1");
    }

    private long anlanZone(String name) {
        return id("select id from zone where name = '" + name + "' and insurer_id = " + anlanId);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    // --- data scope: an insurer-B user asking for insurer-A's record gets 404, for every resource type ---

    @Test
    void anotherInsurersRecordsAreNotFoundForEveryResourceType() throws Exception {
        RequestPostProcessor hengtai = insurer(hengtaiZj, Role.MANAGER);
        long outlet = anlanOutlet("ANLAN-ZJ-HZ-XH");
        long staff = anlanStaff("ANLAN-ZJ");
        String[] paths = {
            "/api/v1/insurers/" + anlanId,
            "/api/v1/org-units/" + anlanZj.id(),
            "/api/v1/org-units/tree?insurerId=" + anlanId,
            "/api/v1/outlets/" + outlet,
            "/api/v1/outlets/" + outlet + "/duty",
            "/api/v1/zones/" + anlanZone("杭州城区"),
            "/api/v1/zones/lookup?insurerId=" + anlanId + "&division=330106",
            "/api/v1/staff/" + staff,
        };
        for (String path : paths) {
            mvc.perform(get(path).with(hengtai))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(json(put("/api/v1/outlets/" + outlet), outletBody(anlanHz.id(), 0))
                        .with(hengtai))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/staff/" + staff + "/deactivate"), "{\"version\":0}")
                        .with(hengtai))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff/" + staff + "/mobile").with(hengtai)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/zones/" + anlanZone("杭州城区") + "/deactivate"), "{\"version\":0}")
                        .with(hengtai))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsShowOnlyTheUsersOwnInsurerAndSubtree() throws Exception {
        RequestPostProcessor hengtai = insurer(hengtaiZj, Role.MANAGER);
        int hengtaiId = (int) hengtaiZj.insurerId();
        mvc.perform(get("/api/v1/insurers").with(hengtai))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value("HENGTAI"));
        mvc.perform(get("/api/v1/staff?size=200").with(hengtai))
                .andExpect(jsonPath("$.items.length()").value(not(0)))
                .andExpect(jsonPath("$.items[*].insurerId", everyItem(is(hengtaiId))));
        mvc.perform(get("/api/v1/outlets?size=200").with(hengtai))
                .andExpect(jsonPath("$.items.length()").value(not(0)))
                .andExpect(jsonPath("$.items[*].insurerId", everyItem(is(hengtaiId))));
        mvc.perform(get("/api/v1/org-units?size=200").with(hengtai))
                .andExpect(jsonPath("$.items[*].insurerId", everyItem(is(hengtaiId))))
                .andExpect(jsonPath("$.items[*].path", everyItem(startsWith(hengtaiZj.path()))));
        mvc.perform(get("/api/v1/zones?size=200").with(hengtai))
                .andExpect(jsonPath("$.items.length()").value(not(0)))
                .andExpect(jsonPath("$.items[*].insurerId", everyItem(is(hengtaiId))));
        mvc.perform(get("/api/v1/zones?size=200&insurerId=" + anlanId).with(hengtai))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aSubtreeUserSeesItsSubtreeAndItsAncestorsOnlyReadOnly() throws Exception {
        RequestPostProcessor hangzhou = insurer(anlanHz, Role.MANAGER);
        mvc.perform(get("/api/v1/org-units/" + anlanZj.id()).with(hangzhou)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/org-units/"
                                + directory.unitByCode("ANLAN-GS").orElseThrow().id())
                        .with(hangzhou))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/outlets/" + anlanOutlet("ANLAN-GS-LN-WD")).with(hangzhou))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/outlets/" + anlanOutlet("ANLAN-ZJ-HZ-XH")).with(hangzhou))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff/" + anlanStaff("ANLAN-ZJ")).with(hangzhou))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/org-units/tree?insurerId=" + anlanId).with(hangzhou))
                .andExpect(jsonPath("$[0].unit.code").value("ANLAN-HQ"))
                .andExpect(jsonPath("$[0].readOnly").value(true))
                .andExpect(jsonPath("$[0].children[0].unit.code").value("ANLAN-ZJ"))
                .andExpect(jsonPath("$[0].children[0].children[0].unit.code").value("ANLAN-ZJ-HZ"))
                .andExpect(jsonPath("$[0].children[0].children[0].readOnly").value(false))
                .andExpect(jsonPath("$[0].children.length()").value(1));
        mvc.perform(json(
                                put("/api/v1/org-units/" + anlanZj.id()),
                                "{\"version\":0,\"code\":\"ANLAN-ZJ\",\"name\":\"x\",\"divisionCode\":\"33\"}")
                        .with(hangzhou))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAssociationSeesCountsAndTheCertificateRegistryButNoStaffList() throws Exception {
        long zjia = directory.associationIdByCode("ZJIA").orElseThrow();
        long lnia = directory.associationIdByCode("LNIA").orElseThrow();
        RequestPostProcessor user = association(zjia);
        mvc.perform(get("/api/v1/staff").with(user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/staff/" + anlanStaff("ANLAN-ZJ")).with(user)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insurers").with(user))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/associations/" + zjia + "/statistics").with(user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].insurerCode", hasItem("ANLAN")));
        mvc.perform(get("/api/v1/associations/" + zjia + "/certificates?size=200")
                        .with(user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].maskedMobile").doesNotExist())
                .andExpect(jsonPath("$.items[*].certificateNo", hasItem(startsWith("ZJIA-"))));
        mvc.perform(get("/api/v1/associations/" + lnia + "/statistics").with(user))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/associations/" + zjia + "/statistics").with(insurer(anlanZj, Role.MANAGER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCountyAuthoritySeesNothingOfTheOrganisation() throws Exception {
        RequestPostProcessor user = county("630223");
        mvc.perform(get("/api/v1/insurers").with(user))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/org-units").with(user))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/outlets").with(user))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/zones").with(user))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/associations").with(user))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/associations/"
                                + directory.associationIdByCode("ZJIA").orElseThrow())
                        .with(user))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insurers/" + anlanId).with(user)).andExpect(status().isNotFound());
    }

    // --- writes ---

    @Test
    void onlyAdministratorsAndManagersChangeOutlets() throws Exception {
        mvc.perform(json(post("/api/v1/outlets"), outletBody(anlanHz.id(), null))
                        .with(insurer(anlanZj, Role.SURVEYOR)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/outlets"), outletBody(anlanHz.id(), null))
                        .with(insurer(anlanHz, Role.MANAGER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.divisionName").value("浙江省杭州市西湖区"))
                .andExpect(jsonPath("$.hours.length()").value(2));
        long gansu = directory.unitByCode("ANLAN-GS").orElseThrow().id();
        mvc.perform(json(post("/api/v1/outlets"), outletBody(gansu, null)).with(insurer(anlanHz, Role.MANAGER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orgUnitId"));
    }

    @Test
    void deactivatingAUnitWithActiveChildrenIsAConflictNamingTheReason() throws Exception {
        mvc.perform(json(
                                post("/api/v1/org-units/" + anlanZj.id() + "/deactivate"),
                                "{\"version\":" + version("org_unit", anlanZj.id()) + "}")
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("children"));
        long xihu = directory.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow().id();
        mvc.perform(json(
                                post("/api/v1/org-units/" + xihu + "/deactivate"),
                                "{\"version\":" + version("org_unit", xihu) + "}")
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("staff"));
    }

    @Test
    void aSecondRootAndAHeadOfficeBelowTheRootAreRefused() throws Exception {
        mvc.perform(json(
                                post("/api/v1/org-units"),
                                "{\"insurerId\":" + anlanId
                                        + ",\"level\":\"HEAD_OFFICE\",\"code\":\"ANLAN-HQ2\",\"name\":\"x\",\"divisionCode\":\"33\"}")
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(json(
                                post("/api/v1/org-units"),
                                "{\"insurerId\":" + anlanId + ",\"parentId\":" + anlanZj.id()
                                        + ",\"level\":\"BRANCH\",\"code\":\"ANLAN-ZJ-X\",\"name\":\"x\",\"divisionCode\":\"33\"}")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    private long version(String table, long id) {
        return id("select version from " + table + " where id = " + id);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        String created = mvc.perform(json(
                                post("/api/v1/zones"),
                                "{\"orgUnitId\":" + anlanHz.id()
                                        + ",\"name\":\"测试区域\",\"kind\":\"URBAN\",\"divisionCodes\":[\"330127\"]}")
                        .with(admin()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long zone = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        String update = "{\"version\":0,\"orgUnitId\":" + anlanHz.id()
                + ",\"name\":\"测试区域二\",\"kind\":\"URBAN\",\"divisionCodes\":[\"330127\"]}";
        mvc.perform(json(put("/api/v1/zones/" + zone), update).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/zones/" + zone), update).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    // --- validation: 400 naming the field, never 5xx ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON|{\"orgUnitId\": |body",
                "wrong type|{\"orgUnitId\":\"abc\",\"name\":\"x\",\"employeeNo\":\"A1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"]}|orgUnitId",
                "bad enum|{\"orgUnitId\":1,\"name\":\"x\",\"employeeNo\":\"A1\",\"mobile\":\"13912345678\",\"roles\":[\"PILOT\"]}|roles[0]",
                "bad date|{\"orgUnitId\":1,\"name\":\"x\",\"employeeNo\":\"A1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"],\"qualifications\":[{\"name\":\"a\",\"number\":\"b\",\"issuer\":\"c\",\"issuedOn\":\"2024-13-01\"}]}|qualifications[0].issuedOn",
                "missing name|{\"orgUnitId\":1,\"employeeNo\":\"A1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"]}|name",
                "bad mobile|{\"orgUnitId\":1,\"name\":\"x\",\"employeeNo\":\"A1\",\"mobile\":\"12912345678\",\"roles\":[\"SURVEYOR\"]}|mobile",
                "no roles|{\"orgUnitId\":1,\"name\":\"x\",\"employeeNo\":\"A1\",\"mobile\":\"13912345678\",\"roles\":[]}|roles",
                "expiry before issue|{\"orgUnitId\":1,\"name\":\"x\",\"employeeNo\":\"A1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"],\"qualifications\":[{\"name\":\"a\",\"number\":\"b\",\"issuer\":\"c\",\"issuedOn\":\"2024-01-01\",\"expiresOn\":\"2023-01-01\"}]}|qualifications[0].expiresOn",
                "array instead of object|[1,2]|body",
            })
    void badStaffInputIsA400NamingTheField(String what, String body, String field) throws Exception {
        mvc.perform(json(post("/api/v1/staff"), body).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void anAdministratorRoleIsNotAStaffRole() throws Exception {
        String body = "{\"orgUnitId\":" + anlanHz.id()
                + ",\"name\":\"x\",\"employeeNo\":\"AX1\",\"mobile\":\"13912345678\",\"roles\":[\"ADMIN\"]}";
        mvc.perform(json(post("/api/v1/staff"), body).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void badOutletHoursKindAndDivisionAreA400NamingTheField() throws Exception {
        String closesBeforeOpens =
                outletBody(anlanHz.id(), null).replace("\"closes\":\"17:30\"", "\"closes\":\"07:00\"");
        mvc.perform(json(post("/api/v1/outlets"), closesBeforeOpens).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours[0].closes"));
        mvc.perform(json(post("/api/v1/outlets"), outletBody(anlanHz.id(), null).replace("SELF_BUILT", "SHOP"))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(post("/api/v1/outlets"), outletBody(anlanHz.id(), null).replace("\"09:00\"", "\"25:00\""))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(startsWith("hours[")));
        mvc.perform(json(post("/api/v1/outlets"), outletBody(anlanHz.id(), null).replace("330106", "339999"))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("divisionCode"));
        mvc.perform(json(post("/api/v1/outlets"), "{}").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("hours")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("orgUnitId")));
    }

    @Test
    void badParametersAreA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/staff/abc").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/v1/staff?role=PILOT").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(get("/api/v1/staff?size=5000").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/zones/lookup?insurerId=" + anlanId).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("division"));
        mvc.perform(get("/api/v1/zones/lookup?insurerId=" + anlanId + "&division=12345")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("division"));
        mvc.perform(get("/api/v1/outlets/" + anlanOutlet("ANLAN-ZJ-HZ-XH") + "/duty?from=2026-02-30")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/staff/999999999").with(admin())).andExpect(status().isNotFound());
    }

    // --- behaviour ---

    @ParameterizedTest
    @CsvSource({
        "630223100,COUNTY_TOWN",
        "630223001,COUNTY_TOWN",
        "630223101,ELSEWHERE_IN_COUNTY",
        "330106,URBAN",
        "330110,OUTSIDE_URBAN",
        "621202001,URBAN",
        "621221,OUTSIDE_URBAN",
        "620503002,URBAN",
        "620521,OUTSIDE_URBAN"
    })
    void theZoneLookupChoosesTheMostSpecificZone(String division, String kind) throws Exception {
        mvc.perform(get("/api/v1/zones/lookup?insurerId=" + anlanId + "&division=" + division)
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value(kind));
        assertThat(directory.zoneKindFor(anlanId, division))
                .hasValueSatisfying(k -> assertThat(k.name()).isEqualTo(kind));
    }

    @Test
    void mobilesAreMaskedAndTheRevealIsAudited() throws Exception {
        long staff = anlanStaff("ANLAN-ZJ");
        mvc.perform(get("/api/v1/staff/" + staff).with(admin()))
                .andExpect(jsonPath("$.mobile").value(matchesPattern("1\\d{2}\\*{4}\\d{4}")));
        long before = id("select count(*) from audit_entry where kind = 'PII_VIEW' and entity_id = '" + staff + "'");
        mvc.perform(post("/api/v1/staff/" + staff + "/mobile").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mobile").value(matchesPattern("1[3-9]\\d{9}")));
        assertThat(id("select count(*) from audit_entry where kind = 'PII_VIEW' and entity_id = '" + staff + "'"))
                .isEqualTo(before + 1);
        assertThat(jdbc.sql("select mobile_cipher from staff where id = ?")
                        .param(staff)
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContainPattern("1[3-9]\\d{9}");
    }

    @Test
    void staffAreFoundByExactMobileThroughTheKeyedHash() throws Exception {
        long staff = anlanStaff("ANLAN-ZJ");
        String mobile = mvc.perform(post("/api/v1/staff/" + staff + "/mobile").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"mobile\":\"(\\d+)\".*", "$1");
        mvc.perform(get("/api/v1/staff?mobile=" + mobile).with(admin()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(staff));
    }

    @Test
    void theDemoOutletsHaveAWeekendDutyRoster() throws Exception {
        mvc.perform(get("/api/v1/outlets/" + anlanOutlet("ANLAN-ZJ-HZ-XH") + "/duty")
                        .with(insurer(anlanHz, Role.SURVEYOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(not(0)))
                .andExpect(jsonPath("$[0].note").value(startsWith("周末值班")));
        assertThat(directory
                        .outletHours(anlanOutlet("ANLAN-ZJ-HZ-XH"))
                        .orElseThrow()
                        .days())
                .containsKey(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void everyWriteIsAudited() throws Exception {
        long before = id("select count(*) from audit_entry where kind = 'WRITE' and entity_type = 'Association'");
        mvc.perform(json(
                                post("/api/v1/associations"),
                                "{\"code\":\"TEST-AS\",\"name\":\"测试协会\",\"divisionCode\":\"63\"}")
                        .with(admin()))
                .andExpect(status().isCreated());
        assertThat(id("select count(*) from audit_entry where kind = 'WRITE' and entity_type = 'Association'"))
                .isEqualTo(before + 1);
    }

    static String outletBody(long unit, Integer version) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"orgUnitId\":" + unit
                + ",\"name\":\"测试网点\",\"address\":\"浙江省杭州市西湖区测试路1号\",\"divisionCode\":\"330106\",\"kind\":\"SELF_BUILT\","
                + "\"hotline\":\"0571-88880000\",\"hours\":[{\"day\":\"MONDAY\",\"opens\":\"08:30\",\"closes\":\"17:30\"},"
                + "{\"day\":\"SATURDAY\",\"opens\":\"09:00\",\"closes\":\"12:00\"}]}";
    }
}
