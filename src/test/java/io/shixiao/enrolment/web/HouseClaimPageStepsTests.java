package io.shixiao.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.enrolment.application.ClaimView;
import io.shixiao.enrolment.application.HouseClaims;
import io.shixiao.enrolment.application.HouseholdView;
import io.shixiao.enrolment.application.Households;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The steps after the assessment on the claim page: the village notice, an objection refused blank and then
 * recorded, the notice not closable while it runs, the answer that reassesses, the file completed when the
 * notice is over, approval and payment — each refusal flashed at its field, and the county authority and a
 * village liaison refused every step.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseClaimPageStepsTests {

    /** 红崖子沟乡, a village no other test reports in. */
    static final String VILLAGE_TOWN = "630223202";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schemes schemes;

    @Autowired
    Households households;

    @Autowired
    HouseClaims claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anAssessedHouseGoesThroughTheNoticeToPaymentOnItsPage() throws Exception {
        Scheme scheme = schemes.find(
                        "630223",
                        LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).getYear())
                .orElseThrow();
        UserDetails handler = users.loadUserByUsername("anlan.huzhu.claims-handler");
        ScopedUser staff = (ScopedUser) handler;
        String village = schemes.villageCodes(scheme).stream()
                .filter(v -> v.startsWith(VILLAGE_TOWN))
                .sorted()
                .reduce((a, b) -> b)
                .orElseThrow();
        HouseholdView household =
                households.reportable(scheme.id(), village, null, staff).get(0);
        ClaimView claim = claims.reportBatch(
                        scheme.id(),
                        village,
                        "暴雨",
                        clock.instant().minus(Duration.ofHours(2)),
                        List.of(household.id()),
                        HouseClaims.When.now(),
                        staff)
                .get(0);
        claims.contact(claim.id(), HouseClaims.When.now(), staff);
        claims.arrive(claim.id(), HouseClaims.When.now(), staff);
        claims.assess(claim.id(), LossExtent.PARTIAL_DAMAGE, 800_000, 1, HouseClaims.When.now(), staff);
        String page = "/rural/claims/" + claim.id();

        assertThat(body(page, handler)).contains("data-testid=\"publish-notice\"");
        step(page + "/notice", handler, Map.of()).andExpect(flash().attribute("notice", "rural.saved"));
        assertThat(state(claim)).isEqualTo("ON_NOTICE");

        step(page + "/objections", handler, Map.of("objection", " "))
                .andExpect(flash().attribute("errors", Map.of("objection", "required, at most 1000 characters")));
        // The refusal is shown at its field.
        String refused = mvc.perform(get(page)
                        .flashAttr("errors", Map.of("objection", "required, at most 1000 characters"))
                        .with(user(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused.substring(refused.indexOf("data-testid=\"objection-form\"")))
                .contains("<span class=\"field-error\">required, at most 1000 characters</span>");
        step(page + "/objections", handler, Map.of("objection", "房屋受损面积不止于此"))
                .andExpect(flash().attribute("notice", "rural.saved"));
        step(page + "/close-notice", handler, Map.of())
                .andExpect(flash().attribute("errors", Map.of("noticeId", "公示期未满或仍有未答复的异议")));

        long objection = claims.objections(claim.id(), staff).get(0).id();
        String answer = page + "/objections/" + objection + "/answer";
        step(answer, handler, Map.of("answer", "复核属实", "newLoss", "9000"))
                .andExpect(flash().attribute("errors", Map.of("newExtent", "required with a new loss")));
        step(answer, handler, Map.of("answer", "复核属实，重新定损", "newExtent", "PARTIAL_DAMAGE", "newLoss", "9000"))
                .andExpect(flash().attribute("notice", "rural.saved"));
        assertThat(claims.visible(claim.id(), staff).assessedLoss()).isEqualTo(900_000L);
        assertThat(body(page, handler)).contains("复核属实，重新定损");

        // The notice's days pass (the notice ended a minute ago).
        jdbc.sql("update rural_public_notice set published_at = published_at - interval '30 days',"
                        + " ends_at = now() - interval '1 minute' where id = :n")
                .param("n", claims.visible(claim.id(), staff).noticeId())
                .update();
        step(page + "/close-notice", handler, Map.of()).andExpect(flash().attribute("notice", "rural.saved"));
        assertThat(state(claim)).isEqualTo("DOCUMENTS_COMPLETE");
        assertThat(body(page, handler)).contains("data-testid=\"approve\"");

        for (String other : List.of("huzhu.county", "huzhu.liaison.caojiabao", "hengtai.claims-handler")) {
            int status = mvc.perform(post(page + "/approve")
                            .with(user(users.loadUserByUsername(other)))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(other).isIn(403, 404);
        }
        step(page + "/approve", handler, Map.of("at", "1999-01-01T00:00")).andExpect(flash().attributeExists("errors"));
        step(page + "/approve", handler, Map.of()).andExpect(flash().attribute("notice", "rural.saved"));
        assertThat(body(page, handler)).contains("data-testid=\"pay\"");
        step(page + "/pay", handler, Map.of()).andExpect(flash().attribute("notice", "rural.saved"));
        assertThat(state(claim)).isEqualTo("PAID");
    }

    private String state(ClaimView claim) {
        return claims.visible(claim.id(), (ScopedUser) users.loadUserByUsername("admin"))
                .state();
    }

    private String body(String page, UserDetails who) throws Exception {
        return mvc.perform(get(page).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions step(String path, UserDetails who, Map<String, String> params) throws Exception {
        var request = post(path).with(user(who)).with(csrf());
        params.forEach((name, value) -> request.param(name, value));
        return mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
