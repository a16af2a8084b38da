package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators and integrators rely on: the OpenAPI description, health, metrics, the language switch. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theOpenApiDescriptionListsTheApiAndItsBasicAuthentication() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value(containsString("Shixiao")))
                .andExpect(jsonPath("$.paths['/api/v1/calendars/{calendar}/deadline']")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
    }

    /**
     * Integrators read the API from its description: every operation is grouped under a named tag (not the
     * controller's class name springdoc falls back to) and says what it does.
     */
    @Test
    void everyOperationIsTaggedAndSummarised() throws Exception {
        String json = mvc.perform(get("/api/docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(json).get("paths");
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                boolean summarised = op.hasNonNull("summary")
                        && !op.get("summary").asString().isBlank();
                boolean tagged = op.has("tags")
                        && op.get("tags").size() > 0
                        && !op.get("tags").get(0).asString().contains("-controller")
                        && !op.get("tags").get(0).asString().endsWith("-api");
                if (!summarised || !tagged) {
                    undescribed.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        assertThat(paths.size()).isGreaterThan(20);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void healthIsOpenAndMetricsAreForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("anlan.manager", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void pagesAreChineseFirstAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("用户名")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Username")));
    }
}
