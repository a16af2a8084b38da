package io.shixiao.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 村级联络员: reports a batch for their own village, sees its enrolled households masked, is answered 404
 * for another village and 403 for every other page and endpoint; the administrator or the scheme's manager
 * assigns villages (audited), other staff may not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VillageLiaisonTests {

    static final String CAOJIABAO = "630223001200";
    static final String ANDING = "630223100200";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schemes schemes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private Scheme scheme;
    private UserDetails liaison;

    @BeforeEach
    void theDemoScheme() {
        scheme = schemes.find(
                        "630223",
                        LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).getYear())
                .orElseThrow();
        liaison = users.loadUserByUsername("huzhu.liaison.caojiabao");
    }

    private String api() {
        return "/api/v1/rural-housing/schemes/" + scheme.id();
    }

    @Test
    void theLiaisonReportsABatchForTheirVillageAndSeesItsHouseholdsMasked() throws Exception {
        mvc.perform(get("/api/v1/rural-housing/liaison/villages").with(user(liaison)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].villageCode").value(CAOJIABAO))
                .andExpect(jsonPath("$[0].villageName").value("曹家堡村委会"));
        String households = mvc.perform(
                        get(api() + "/villages/" + CAOJIABAO + "/households").with(user(liaison)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(households, "$[*].id");
        List<String> idNumbers = JsonPath.read(households, "$[*].headIdMasked");
        assertThat(ids).isNotEmpty();
        assertThat(idNumbers).allMatch(n -> n.contains("*"));

        // The page: the form offers their village only, and the batch gives claim numbers without links to claims.
        String form = mvc.perform(get("/rural/schemes/" + scheme.id() + "/claim-batches/new")
                        .param("villageCode", CAOJIABAO)
                        .with(user(liaison)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("曹家堡村委会").doesNotContain("安定村委会").doesNotContain(ANDING);
        String result = mvc.perform(post("/rural/schemes/" + scheme.id() + "/claim-batches")
                        .param("villageCode", CAOJIABAO)
                        .param("peril", "RAINSTORM")
                        .param("occurredAt", LocalDate.now(clock.withZone(ShanghaiTime.ZONE)) + "T00:00")
                        .param("householdIds", String.valueOf(ids.get(0)))
                        .with(user(liaison))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result)
                .contains("data-testid=\"claim-numbers\"")
                .contains("HZC")
                .doesNotContain("/rural/claims/");
        assertThat(jdbc.sql("select count(*) from rural_claim_batch where reported_by = 'huzhu.liaison.caojiabao'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void anotherVillageAnswersLikeAMissingOne() throws Exception {
        String body = """
                {"villageCode":"%s","peril":"暴雨","occurredAt":"2026-01-01T00:00:00Z","householdIds":[1]}""";
        String other = mvc.perform(post(api() + "/claim-batches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(ANDING))
                        .with(user(liaison)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String missing = mvc.perform(post(api() + "/claim-batches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("630223999999"))
                        .with(user(liaison)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other.replace(ANDING, "X")).isEqualTo(missing.replace("630223999999", "X"));
        mvc.perform(get(api() + "/villages/" + ANDING + "/households").with(user(liaison)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/rural/schemes/" + scheme.id() + "/claim-batches/new")
                        .param("villageCode", ANDING)
                        .param("fragment", "1")
                        .with(user(liaison)))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).doesNotContain("name=\"householdIds\""));
    }

    @Test
    void everyOtherPageAndEndpointIsForbidden() throws Exception {
        for (String path : List.of(
                "/rural",
                "/rural/schemes/" + scheme.id(),
                "/rural/schemes/" + scheme.id() + "/claims",
                "/policies",
                "/claims",
                "/notifications/inbox",
                "/service-levels/calendar",
                "/service-levels/standards",
                "/complaints",
                "/api/v1/rural-housing/schemes",
                api() + "/claims",
                api() + "/ledger",
                "/api/v1/policies",
                "/api/v1/service-levels/clocks")) {
            mvc.perform(get(path).with(user(liaison)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(path)
                            .isEqualTo(403));
        }
        String home = mvc.perform(get("/").with(user(liaison)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("上报受灾农房").doesNotContain("农房保险方案").doesNotContain("工作日历");
        mvc.perform(get("/rural/liaison").with(user(liaison)))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("曹家堡村委会"));
    }

    @Test
    void theAdministratorOrTheSchemesManagerAssignsVillagesAndOthersMayNot() throws Exception {
        UserDetails manager = users.loadUserByUsername("anlan.huzhu.manager");
        String body = "{\"username\":\"huzhu.liaison.test\",\"villageCode\":\"" + ANDING + "\"}";
        mvc.perform(post(api() + "/liaisons")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(JsonPath.<List<String>>read(
                                result.getResponse().getContentAsString(),
                                "$[?(@.username=='huzhu.liaison.test')].villageCode"))
                        .containsExactly(ANDING));
        mvc.perform(post(api() + "/liaisons")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"huzhu.liaison.test\",\"villageCode\":\"330106001001\"}")
                        .with(user(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("villageCode"));
        for (String other : List.of("anlan.huzhu.agent", "huzhu.county", "anlan.manager", "huzhu.liaison.caojiabao")) {
            mvc.perform(post(api() + "/liaisons")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(user(users.loadUserByUsername(other))))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(other)
                            .isIn(403, 404));
        }
        mvc.perform(delete(api() + "/liaisons/huzhu.liaison.test/villages/" + ANDING)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNoContent());
        mvc.perform(delete(api() + "/liaisons/huzhu.liaison.test/villages/" + ANDING)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'RuralLiaisonVillage'
                        and entity_id = :id""")
                        .param("id", "huzhu.liaison.test/" + ANDING)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }
}
