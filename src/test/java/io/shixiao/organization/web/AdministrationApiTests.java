package io.shixiao.organization.web;

import static io.shixiao.organization.TestUsers.admin;
import static io.shixiao.organization.TestUsers.insurer;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's work through the API: an insurer's life cycle, its tree and association membership. */
@SpringBootTest
@AutoConfigureMockMvc
class AdministrationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private static long idOf(String json) {
        return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    @Test
    void anInsurerIsRegisteredGivenATreeAndDeactivatedOnlyOnceItsUnitsAre() throws Exception {
        String creditCode =
                UnifiedSocialCreditCode.complete("91630000MA7XY0003").value();
        String body = "{\"code\":\"XINAN\",\"fullName\":\"信安财产保险股份有限公司\",\"shortName\":\"信安财险\",\"creditCode\":\""
                + creditCode + "\",\"hotline\":\"95503\"}";
        long insurer = idOf(mvc.perform(json(post("/api/v1/insurers"), body).with(admin()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(json(post("/api/v1/insurers"), body).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(json(post("/api/v1/insurers"), body.replace("XINAN", "XINAN2"))
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));

        long root = idOf(mvc.perform(json(
                                post("/api/v1/org-units"),
                                "{\"insurerId\":" + insurer
                                        + ",\"level\":\"HEAD_OFFICE\",\"code\":\"XINAN-HQ\",\"name\":\"信安财险总公司\",\"divisionCode\":\"63\"}")
                        .with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path").value(org.hamcrest.Matchers.matchesPattern("/\\d+/")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(json(post("/api/v1/insurers/" + insurer + "/deactivate"), "{\"version\":0}")
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("units"));
        mvc.perform(json(post("/api/v1/org-units/" + root + "/deactivate"), "{\"version\":0}")
                        .with(admin()))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/insurers/" + insurer + "/deactivate"), "{\"version\":0}")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aWrongCheckCharacterIsA400OnTheCreditCode() throws Exception {
        String body =
                "{\"code\":\"BADCC\",\"fullName\":\"x\",\"shortName\":\"x\",\"creditCode\":\"91350100M000100Y44\",\"hotline\":\"95504\"}";
        mvc.perform(json(post("/api/v1/insurers"), body).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void onlyTheAdministratorRegistersInsurersAndAssociations() throws Exception {
        var manager = insurer(directory.unitByCode("ANLAN-ZJ").orElseThrow(), Role.MANAGER);
        mvc.perform(json(
                                post("/api/v1/insurers"),
                                "{\"code\":\"NOPE\",\"fullName\":\"x\",\"shortName\":\"x\",\"creditCode\":\"91350100M000100Y43\",\"hotline\":\"95504\"}")
                        .with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/associations"), "{\"code\":\"NOPE\",\"name\":\"x\",\"divisionCode\":\"33\"}")
                        .with(manager))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInsurerJoinsAndLeavesAnAssociation() throws Exception {
        long association = idOf(mvc.perform(json(
                                post("/api/v1/associations"),
                                "{\"code\":\"QHIA\",\"name\":\"青海省保险行业协会\",\"divisionCode\":\"63\"}")
                        .with(admin()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long anlan = directory.insurerIdByCode("ANLAN").orElseThrow();
        mvc.perform(json(
                                post("/api/v1/associations/" + association + "/members"),
                                "{\"version\":0,\"insurerId\":" + anlan + ",\"joinedOn\":\"2020-01-01\"}")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].insurerName").value("安澜财险"));
        mvc.perform(json(
                                post("/api/v1/associations/" + association + "/members"),
                                "{\"version\":1,\"insurerId\":" + anlan + ",\"joinedOn\":\"2021-01-01\"}")
                        .with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("insurerId"));
        mvc.perform(json(
                                post("/api/v1/associations/" + association + "/members/" + anlan + "/leave"),
                                "{\"version\":1,\"leftOn\":\"2019-01-01\"}")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leftOn"));
        mvc.perform(json(
                                post("/api/v1/associations/" + association + "/members/" + anlan + "/leave"),
                                "{\"version\":1,\"leftOn\":\"not-a-date\"}")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leftOn"));
        mvc.perform(json(
                                post("/api/v1/associations/" + association + "/members/" + anlan + "/leave"),
                                "{\"version\":1,\"leftOn\":\"2024-06-30\"}")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].leftOn").value("2024-06-30"));
        mvc.perform(get("/api/v1/associations?q=QHIA").with(admin()))
                .andExpect(jsonPath("$.items[*].code", hasItem("QHIA")));
    }

    @Test
    void aDutyRosterDayIsReplacedAndRefusesStaffOfAnotherInsurer() throws Exception {
        long outlet = Long.parseLong(mvc.perform(get("/api/v1/outlets?q=萧山汽车城&insurerId="
                                + directory.insurerIdByCode("ANLAN").orElseThrow())
                        .with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("^.*?\"id\":(\\d+),.*$", "$1"));
        long anlanStaff =
                directory.staffByEmployeeNo("ANLAN", "AL000102").orElseThrow().id();
        long hengtaiStaff =
                directory.staffByEmployeeNo("HENGTAI", "HT000102").orElseThrow().id();
        mvc.perform(json(
                                put("/api/v1/outlets/" + outlet + "/duty/2030-10-01"),
                                "{\"staff\":[{\"staffId\":" + anlanStaff + ",\"note\":\"国庆值班\"}]}")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].note").value("国庆值班"));
        mvc.perform(json(
                                put("/api/v1/outlets/" + outlet + "/duty/2030-10-01"),
                                "{\"staff\":[{\"staffId\":" + hengtaiStaff + "}]}")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffId"));
        mvc.perform(json(put("/api/v1/outlets/" + outlet + "/duty/2030-13-01"), "{\"staff\":[]}")
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get("/api/v1/outlets/" + outlet + "/duty?from=2030-10-01&to=2030-10-01")
                        .with(admin()))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void extremeDatesAndNulCharactersAreA400NotADatabaseError() throws Exception {
        long association = directory.associationIdByCode("ZJIA").orElseThrow();
        mvc.perform(json(
                                post("/api/v1/associations/" + association + "/members"),
                                "{\"version\":99,\"insurerId\":1,\"joinedOn\":\"-999999999-01-01\"}")
                        .with(admin()))
                .andExpect(status().is4xxClientError());
        long unit = directory.unitByCode("ANLAN-ZJ").orElseThrow().id();
        String staff = "{\"orgUnitId\":" + unit
                + ",\"name\":\"a\\u0000b\",\"employeeNo\":\"NUL1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"]}";
        mvc.perform(json(post("/api/v1/staff"), staff).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        String farFuture = "{\"orgUnitId\":" + unit
                + ",\"name\":\"x\",\"employeeNo\":\"FAR1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"],"
                + "\"qualifications\":[{\"name\":\"a\",\"number\":\"b\",\"issuer\":\"c\",\"issuedOn\":\"2024-01-01\",\"expiresOn\":\"+999999999-12-31\"}]}";
        mvc.perform(json(post("/api/v1/staff"), farFuture).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("qualifications[0].expiresOn"));
        mvc.perform(get("/api/v1/outlets/1/duty?from=0001-01-01").with(admin())).andExpect(status().is4xxClientError());
    }
}
