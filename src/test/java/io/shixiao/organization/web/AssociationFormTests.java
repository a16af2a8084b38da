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
import io.shixiao.shared.security.Role;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator founds and revises associations and admits and releases members on the 行业协会 pages. */
@SpringBootTest
@AutoConfigureMockMvc
class AssociationFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> associationRow(String code) {
        return jdbc.sql("select id, name, division_code, version from association where code = ?")
                .param(code)
                .query()
                .singleRow();
    }

    private long idOf(String code) {
        return ((Number) associationRow(code).get("id")).longValue();
    }

    private long writesAudited(long associationId) {
        return jdbc.sql(
                        "select count(*) from audit_entry where kind = 'WRITE' and entity_type = 'Association' and entity_id = ?")
                .param(String.valueOf(associationId))
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder founding(String code, String name, String division) {
        return post("/organization/associations")
                .with(csrf())
                .param("code", code)
                .param("name", name)
                .param("divisionCode", division);
    }

    private long founded(String code) throws Exception {
        mvc.perform(founding(code, "测试保险行业协会", "63").with(admin())).andExpect(status().is3xxRedirection());
        return idOf(code);
    }

    /** The day the insurer left, or empty while it is a member. */
    private java.util.Optional<LocalDate> leftOn(long association, long insurer) {
        assertThat(jdbc.sql("select count(*) from association_member where association_id = ? and insurer_id = ?")
                        .params(association, insurer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        return jdbc.sql("select left_on from association_member where association_id = ? and insurer_id = ?")
                .params(association, insurer)
                .query(LocalDate.class)
                .optional();
    }

    @Test
    void theFormsRenderAndTheDetailPageOffersAdmissionAndLeaving() throws Exception {
        long zjia = idOf("ZJIA");
        mvc.perform(get("/organization/associations/new").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("行政区划代码"), containsString("name=\"_csrf\""))));
        mvc.perform(get("/organization/associations/" + zjia + "/edit").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("浙江省保险行业协会"),
                                containsString("name=\"version\""),
                                containsString("readonly"))));
        long own = founded("PGIA-4");
        long hengtai = directory.insurerIdByCode("HENGTAI").orElseThrow();
        mvc.perform(post("/organization/associations/" + own + "/members")
                        .with(admin())
                        .with(csrf())
                        .param("version", "0")
                        .param("insurerId", String.valueOf(hengtai))
                        .param("joinedOn", "2020-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organization/associations/" + own).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("吸收会员单位"),
                                containsString("安澜财险 (ANLAN)"),
                                containsString("/members/" + hengtai + "/leave\""),
                                containsString("退会"))));
        mvc.perform(get("/organization/associations").with(admin()))
                .andExpect(content()
                        .string(allOf(containsString("/organization/associations/new"), containsString("/edit\""))));
    }

    @Test
    void theFormSpeaksEnglishWhenTheUserChoseEnglish() throws Exception {
        mvc.perform(get("/organization/associations/new").with(admin()).cookie(new Cookie("shixiao-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Insurance association"),
                                containsString("The province or city"),
                                not(containsString("行政区划代码")))));
        mvc.perform(get("/organization/associations/" + founded("PGIA-5"))
                        .with(admin())
                        .cookie(new Cookie("shixiao-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Admit a member insurer"), not(containsString("吸收会员单位")))));
    }

    @Test
    void aValidFormFoundsTheAssociationAndTheEditRevisesItBothAudited() throws Exception {
        mvc.perform(founding("PGIA-1", "青海省测试保险行业协会", "63").with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organization/associations/" + idOf("PGIA-1")));
        long id = idOf("PGIA-1");
        assertThat(associationRow("PGIA-1"))
                .containsEntry("name", "青海省测试保险行业协会")
                .containsEntry("division_code", "63");
        mvc.perform(post("/organization/associations/" + id)
                        .with(admin())
                        .with(csrf())
                        .param("version", "0")
                        .param("code", "PGIA-1")
                        .param("name", "西宁市测试保险行业协会")
                        .param("divisionCode", "6301"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        assertThat(associationRow("PGIA-1"))
                .containsEntry("name", "西宁市测试保险行业协会")
                .containsEntry("division_code", "6301")
                .containsEntry("version", 1L);
        assertThat(writesAudited(id)).isEqualTo(2);
    }

    @Test
    void anUnknownDivisionAndAnEmptyNameAreShownNextToTheirFields() throws Exception {
        mvc.perform(founding("PGIA-BAD", "", "63").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), containsString("必填"))));
        mvc.perform(founding("PGIA-BAD", "测试协会", "639999").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error\""), containsString("unknown division code 639999"))));
        assertThat(jdbc.sql("select count(*) from association where code = 'PGIA-BAD'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleVersionShowsTheConflictMessageAndKeepsTheRecord() throws Exception {
        long id = founded("PGIA-2");
        mvc.perform(post("/organization/associations/" + id)
                        .with(admin())
                        .with(csrf())
                        .param("version", "3")
                        .param("code", "PGIA-2")
                        .param("name", "过时的名称")
                        .param("divisionCode", "63"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("记录已被他人修改")));
        long hengtai = directory.insurerIdByCode("HENGTAI").orElseThrow();
        mvc.perform(post("/organization/associations/" + id + "/members")
                        .with(admin())
                        .with(csrf())
                        .param("version", "3")
                        .param("insurerId", String.valueOf(hengtai))
                        .param("joinedOn", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("记录已被他人修改")));
        assertThat(associationRow("PGIA-2")).containsEntry("name", "测试保险行业协会").containsEntry("version", 0L);
        assertThat(jdbc.sql("select count(*) from association_member where association_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anInsurerIsAdmittedOnceAndLeavesNotBeforeItJoined() throws Exception {
        long id = founded("PGIA-3");
        long hengtai = directory.insurerIdByCode("HENGTAI").orElseThrow();
        mvc.perform(post("/organization/associations/" + id + "/members")
                        .with(admin())
                        .with(csrf())
                        .param("version", "0")
                        .param("insurerId", String.valueOf(hengtai))
                        .param("joinedOn", "2020-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organization/associations/" + id));
        assertThat(leftOn(id, hengtai)).isEmpty();

        mvc.perform(post("/organization/associations/" + id + "/members")
                        .with(admin())
                        .with(csrf())
                        .param("version", "1")
                        .param("insurerId", String.valueOf(hengtai))
                        .param("joinedOn", "2021-01-01"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("class=\"error\""), containsString("already a member"))));
        mvc.perform(post("/organization/associations/" + id + "/members")
                        .with(admin())
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), containsString("必填"))));

        mvc.perform(post("/organization/associations/" + id + "/members/" + hengtai + "/leave")
                        .with(admin())
                        .with(csrf())
                        .param("version", "1")
                        .param("leftOn", "2019-12-31"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"error\""),
                                containsString("leaves on or after 2020-01-01"),
                                containsString("value=\"2019-12-31\""))));
        assertThat(leftOn(id, hengtai)).isEmpty();

        mvc.perform(post("/organization/associations/" + id + "/members/" + hengtai + "/leave")
                        .with(admin())
                        .with(csrf())
                        .param("version", "1")
                        .param("leftOn", "2024-06-30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        assertThat(leftOn(id, hengtai)).contains(LocalDate.of(2024, 6, 30));
        assertThat(writesAudited(id)).isEqualTo(3);
    }

    @Test
    void aManagerSeesNoButtonsAndIsRefusedEveryAssociationForm() throws Exception {
        var manager = insurer(directory.unitByCode("ANLAN-ZJ").orElseThrow(), Role.MANAGER);
        long zjia = idOf("ZJIA");
        long anlan = directory.insurerIdByCode("ANLAN").orElseThrow();
        long hengtai = directory.insurerIdByCode("HENGTAI").orElseThrow();
        long version = ((Number) associationRow("ZJIA").get("version")).longValue();
        mvc.perform(get("/organization/associations").with(manager))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("/organization/associations/new")),
                                not(containsString("/edit\"")))));
        mvc.perform(get("/organization/associations/new").with(manager)).andExpect(status().isForbidden());
        mvc.perform(get("/organization/associations/" + zjia + "/edit").with(manager))
                .andExpect(status().isForbidden());
        mvc.perform(founding("PGIA-NOPE", "x", "63").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/organization/associations/" + zjia)
                        .with(manager)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("code", "ZJIA")
                        .param("name", "x")
                        .param("divisionCode", "33"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/associations/" + zjia + "/members")
                        .with(manager)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("insurerId", String.valueOf(hengtai))
                        .param("joinedOn", "2020-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organization/associations/" + zjia + "/members/" + anlan + "/leave")
                        .with(manager)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("leftOn", "2024-01-01"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from association where code = 'PGIA-NOPE'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(associationRow("ZJIA")).containsEntry("name", "浙江省保险行业协会").containsEntry("version", version);
    }
}
