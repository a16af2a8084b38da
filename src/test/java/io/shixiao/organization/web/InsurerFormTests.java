package io.shixiao.organization.web;

import static io.shixiao.organization.TestUsers.admin;
import static io.shixiao.organization.TestUsers.insurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.security.Role;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator registers, revises and deactivates insurers on the 机构 page; nobody else may. */
@SpringBootTest
@AutoConfigureMockMvc
class InsurerFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> insurerRow(String code) {
        return jdbc.sql(
                        "select id, full_name, short_name, credit_code, hotline, active, version from insurer where code = ?")
                .param(code)
                .query()
                .singleRow();
    }

    private long writesAudited(long insurerId) {
        return jdbc.sql(
                        "select count(*) from audit_entry where kind = 'WRITE' and entity_type = 'Insurer' and entity_id = ?")
                .param(String.valueOf(insurerId))
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder registration(String code, String creditCode) {
        return post("/organization/insurers")
                .with(csrf())
                .param("code", code)
                .param("fullName", "测试财产保险股份有限公司")
                .param("shortName", "测试财险")
                .param("creditCode", creditCode)
                .param("hotline", "95599");
    }

    @Test
    void theNewAndEditFormsRenderInChineseWithTheVersionAndTheCsrfToken() throws Exception {
        mvc.perform(get("/organization/insurers/new").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("统一社会信用代码"),
                                containsString("客服电话"),
                                containsString("name=\"_csrf\""),
                                containsString("action=\"/organization/insurers\""))));
        long anlan = directory.insurerIdByCode("ANLAN").orElseThrow();
        mvc.perform(get("/organization/insurers/" + anlan + "/edit").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("安澜财产保险股份有限公司"),
                                containsString("name=\"version\""),
                                containsString("readonly"),
                                containsString("action=\"/organization/insurers/" + anlan + "\""))));
    }

    @Test
    void theFormSpeaksEnglishWhenTheUserChoseEnglish() throws Exception {
        mvc.perform(get("/organization/insurers/new").with(admin()).cookie(new Cookie("shixiao-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Unified social credit code"), not(containsString("统一社会信用代码")))));
    }

    @Test
    void theAdministratorSeesTheButtonsOnTheInsurersPage() throws Exception {
        mvc.perform(get("/organization/insurers").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/organization/insurers/new"),
                                containsString("/edit\""),
                                containsString("/deactivate\""))));
    }

    @Test
    void aValidFormRegistersTheInsurerAndTheEditRevisesItBothAudited() throws Exception {
        String creditCode =
                UnifiedSocialCreditCode.complete("91630000MA7PF0001").value();
        mvc.perform(registration("PGF_ONE", creditCode).with(admin())).andExpect(status().is3xxRedirection());
        Map<String, Object> row = insurerRow("PGF_ONE");
        long id = ((Number) row.get("id")).longValue();
        assertThat(row)
                .containsEntry("short_name", "测试财险")
                .containsEntry("credit_code", creditCode)
                .containsEntry("active", true);
        assertThat(writesAudited(id)).isEqualTo(1);

        mvc.perform(post("/organization/insurers/" + id)
                        .with(admin())
                        .with(csrf())
                        .param("version", "0")
                        .param("code", "PGF_ONE")
                        .param("fullName", "测试财产保险股份有限公司")
                        .param("shortName", "测试财险改")
                        .param("creditCode", creditCode)
                        .param("hotline", "95598"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organization/insurers?insurerId=" + id))
                .andExpect(flash().attribute("saved", true));
        assertThat(insurerRow("PGF_ONE"))
                .containsEntry("short_name", "测试财险改")
                .containsEntry("hotline", "95598")
                .containsEntry("version", 1L);
        assertThat(writesAudited(id)).isEqualTo(2);
    }

    @Test
    void aWrongCheckCharacterIsShownNextToTheCreditCodeAndNothingIsRegistered() throws Exception {
        String valid = UnifiedSocialCreditCode.complete("91630000MA7PF0002").value();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        mvc.perform(registration("PGF_BAD", wrongCheck).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error\""),
                                containsString("统一社会信用代码无效"),
                                containsString("value=\"" + wrongCheck + "\""))));
        assertThat(jdbc.sql("select count(*) from insurer where code = 'PGF_BAD'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTakenCodeIsShownNextToTheCode() throws Exception {
        mvc.perform(registration(
                                "ANLAN",
                                UnifiedSocialCreditCode.complete("91630000MA7PF0003")
                                        .value())
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), containsString("already taken"))));
    }

    @Test
    void aStaleVersionShowsTheConflictMessageAndKeepsTheRecord() throws Exception {
        String creditCode =
                UnifiedSocialCreditCode.complete("91630000MA7PF0004").value();
        mvc.perform(registration("PGF_STALE", creditCode).with(admin())).andExpect(status().is3xxRedirection());
        long id = ((Number) insurerRow("PGF_STALE").get("id")).longValue();
        mvc.perform(post("/organization/insurers/" + id)
                        .with(admin())
                        .with(csrf())
                        .param("version", "7")
                        .param("code", "PGF_STALE")
                        .param("fullName", "过时的全称")
                        .param("shortName", "过时")
                        .param("creditCode", creditCode)
                        .param("hotline", "95599"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("记录已被他人修改")));
        assertThat(insurerRow("PGF_STALE")).containsEntry("short_name", "测试财险").containsEntry("version", 0L);

        mvc.perform(post("/organization/insurers/" + id + "/deactivate")
                        .with(admin())
                        .with(csrf())
                        .param("version", "7"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("stale", true));
        assertThat(insurerRow("PGF_STALE")).containsEntry("active", true);
    }

    @Test
    void anInsurerWithActiveUnitsIsNotDeactivatedAndThePageSaysWhy() throws Exception {
        long anlan = directory.insurerIdByCode("ANLAN").orElseThrow();
        long version = ((Number) insurerRow("ANLAN").get("version")).longValue();
        long units = jdbc.sql("select count(*) from org_unit where active and insurer_id = ?")
                .param(anlan)
                .query(Long.class)
                .single();
        String target = mvc.perform(post("/organization/insurers/" + anlan + "/deactivate")
                        .with(admin())
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("activeUnits", units))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(insurerRow("ANLAN")).containsEntry("active", true);
        mvc.perform(get(target).with(admin()).flashAttr("activeUnits", units))
                .andExpect(content().string(containsString("不能停用：该公司仍有 " + units + " 个在用机构")));
    }

    @Test
    void anInsurerWithoutUnitsIsDeactivated() throws Exception {
        mvc.perform(registration(
                                "PGF_GONE",
                                UnifiedSocialCreditCode.complete("91630000MA7PF0005")
                                        .value())
                        .with(admin()))
                .andExpect(status().is3xxRedirection());
        long id = ((Number) insurerRow("PGF_GONE").get("id")).longValue();
        mvc.perform(post("/organization/insurers/" + id + "/deactivate")
                        .with(admin())
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        assertThat(insurerRow("PGF_GONE")).containsEntry("active", false);
        assertThat(writesAudited(id)).isEqualTo(2);
    }

    @Test
    void aManagerSeesNoButtonsAndIsRefusedEveryInsurerForm() throws Exception {
        var manager = insurer(directory.unitByCode("ANLAN-ZJ").orElseThrow(), Role.MANAGER);
        long anlan = directory.insurerIdByCode("ANLAN").orElseThrow();
        mvc.perform(get("/organization/insurers").with(manager))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("/organization/insurers/new")), not(containsString("/edit\"")))));
        mvc.perform(get("/organization/insurers/new").with(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/organization/insurers/" + anlan + "/edit").with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(registration(
                                "PGF_NOPE",
                                UnifiedSocialCreditCode.complete("91630000MA7PF0006")
                                        .value())
                        .with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/insurers/" + anlan)
                        .with(manager)
                        .with(csrf())
                        .param("version", "0")
                        .param("code", "ANLAN")
                        .param("fullName", "x")
                        .param("shortName", "x")
                        .param("creditCode", "x")
                        .param("hotline", "95501"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/insurers/" + anlan + "/deactivate")
                        .with(manager)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from insurer where code = 'PGF_NOPE'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(insurerRow("ANLAN")).containsEntry("active", true).containsEntry("short_name", "安澜财险");
    }
}
