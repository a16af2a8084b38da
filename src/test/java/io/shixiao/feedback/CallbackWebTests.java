package io.shixiao.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.complaints.ContactUsers;
import io.shixiao.feedback.application.CallbackTasks;
import io.shixiao.feedback.application.CallbackView;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.security.Role;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callbacks on the embedded PostgreSQL: a closed complaint's callback (the event itself is the module test's
 * {@code CallbackScenarioTests}), the survey is answered on its own scale, failed attempts end unreachable, another insurer
 * sees 404, the sample of paid claims follows the insurer's rule, and the statistics and pages answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CallbackWebTests {

    static final RequestPostProcessor AGENT = httpBasic("anlan.callback-agent", "demo");
    static final RequestPostProcessor MANAGER = httpBasic("anlan.manager", "demo");
    static final RequestPostProcessor OTHER = httpBasic("hengtai.callback-agent", "demo");
    static final AtomicInteger CASES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    CallbackTasks tasks;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PiiCipher pii;

    OrgUnitView branch;

    @BeforeEach
    void anlanZhejiang() {
        branch = organization.unitByCode("ANLAN-ZJ").orElseThrow();
    }

    private CallbackView closedComplaint() {
        String number = "TS-CB-" + CASES.incrementAndGet() + "-" + System.nanoTime() % 100000;
        tasks.afterComplaintClosed(
                number,
                branch.insurerId(),
                branch.id(),
                branch.path(),
                pii.encrypt("13800138000"),
                "138****8000",
                "李投诉");
        return callbackOf(number);
    }

    private CallbackView callbackOf(String caseNumber) {
        return tasks.queue(ContactUsers.at(branch, Role.CALLBACK_AGENT).dataScope(), null).stream()
                .filter(t -> t.caseNumber().equals(caseNumber))
                .findFirst()
                .orElse(null);
    }

    private ResultActions postJson(String path, String body, RequestPostProcessor user) throws Exception {
        return mvc.perform(
                post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aClosedComplaintIsCalledBackWithThe004SurveyAndTheAnswersKeepTheirOwnScale() throws Exception {
        CallbackView task = closedComplaint();
        assertThat(task.questionnaireCode()).isEqualTo("SEED-004");
        String path = "/api/v1/callbacks/" + task.id();

        postJson(
                        path + "/answers",
                        "{\"answers\":{\"ATTITUDE\":\"SATISFIED\",\"SPEED\":\"NEUTRAL\",\"TERMS\":\"SATISFIED\"}}",
                        AGENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.SPEED"));
        postJson(path + "/answers", "{\"answers\":{\"ATTITUDE\":\"SATISFIED\"}}", AGENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.SPEED"));
        mvc.perform(get(path).with(OTHER)).andExpect(status().isNotFound());
        postJson(
                        path + "/answers",
                        "{\"answers\":{\"ATTITUDE\":\"SATISFIED\",\"SPEED\":\"SATISFIED\",\"TERMS\":\"SATISFIED\"}}",
                        OTHER)
                .andExpect(status().isNotFound());

        postJson(
                        path + "/answers",
                        "{\"answers\":{\"ATTITUDE\":\"SATISFIED\",\"SPEED\":\"FAIRLY_SATISFIED\",\"TERMS\":\"SATISFIED\"}}",
                        AGENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        postJson(
                        path + "/answers",
                        "{\"answers\":{\"ATTITUDE\":\"SATISFIED\",\"SPEED\":\"SATISFIED\",\"TERMS\":\"SATISFIED\"}}",
                        AGENT)
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/satisfaction?questionnaire=SEED-004&by=STAFF").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("李投诉")));
        mvc.perform(get("/api/v1/satisfaction?questionnaire=NOPE").with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("questionnaire"));
    }

    @Test
    void aCustomerNotReachedAfterThreeAttemptsIsUnreachable() throws Exception {
        CallbackView task = closedComplaint();
        String path = "/api/v1/callbacks/" + task.id() + "/attempts";
        postJson(path, "{\"channel\":\"FAX\",\"outcome\":\"NO_ANSWER\"}", AGENT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        postJson(path, "{\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\"}", AGENT)
                .andExpect(status().isOk());
        postJson(path, "{\"channel\":\"SMS\",\"outcome\":\"NO_ANSWER\"}", AGENT).andExpect(status().isOk());
        postJson(path, "{\"channel\":\"PHONE\",\"outcome\":\"BUSY\"}", AGENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNREACHABLE"))
                .andExpect(jsonPath("$.attempts").value(3));
        postJson(path, "{\"channel\":\"PHONE\",\"outcome\":\"BUSY\"}", AGENT).andExpect(status().isConflict());
    }

    @Test
    void paidClaimsAreSampledByTheInsurersRule() throws Exception {
        mvc.perform(put("/api/v1/callback-rule")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharePercent\":150,\"amountThreshold\":5000,\"claimQuestionnaire\":\"SEED-004\","
                                + "\"complaintQuestionnaire\":\"SEED-004\",\"maxAttempts\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sharePercent"));
        String rule = mvc.perform(get("/api/v1/callback-rule").with(MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int version = Integer.parseInt(rule.replaceAll(".*\"version\":(-?\\d+).*", "$1"));
        mvc.perform(put("/api/v1/callback-rule")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharePercent\":0,\"amountThreshold\":5000,\"claimQuestionnaire\":\"SEED-004\","
                                + "\"complaintQuestionnaire\":\"SEED-004\",\"maxAttempts\":3,\"version\":" + version
                                + "}"))
                .andExpect(status().isOk());

        String big = "CLM-CB-BIG-" + System.nanoTime();
        assertThat(tasks.afterClaimPaid(
                        big, branch.insurerId(), branch.id(), "139****0001", "claim:" + big, Money.yuan(5000)))
                .isPresent();
        assertThat(tasks.afterClaimPaid(
                        big, branch.insurerId(), branch.id(), "139****0001", "claim:" + big, Money.yuan(5000)))
                .as("a redelivered payment creates no second callback")
                .isEmpty();
        assertThat(tasks.afterClaimPaid(
                        "CLM-CB-SMALL-" + System.nanoTime(),
                        branch.insurerId(),
                        branch.id(),
                        null,
                        null,
                        Money.yuan(800)))
                .isEmpty();
    }

    @Test
    void thePagesRender() throws Exception {
        CallbackView task = closedComplaint();
        RequestPostProcessor agent =
                ContactUsers.at(branch, Role.CALLBACK_AGENT).signedIn();
        mvc.perform(get("/callbacks").with(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(task.caseNumber())));
        mvc.perform(get("/callbacks/" + task.id()).with(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("基本满意")));
        mvc.perform(
                        post("/callbacks/" + task.id() + "/mobile")
                                .with(agent)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13800138000")));
        mvc.perform(get("/satisfaction").with(agent)).andExpect(status().isOk());
        mvc.perform(get("/callbacks/" + task.id())
                        .with(ContactUsers.at(
                                        organization.unitByCode("HENGTAI-ZJ").orElseThrow(), Role.CALLBACK_AGENT)
                                .signedIn()))
                .andExpect(status().isNotFound());
    }
}
