package io.shixiao.shared.input;

import static io.shixiao.organization.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON rules of every request body, read by the application's own mapper: no coercion of scalars, text
 * within the text rules, time within range, bounded collections; and an endpoint's answer naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JsonInputRulesTests {

    record Sample(
            Long id,
            Integer count,
            String name,
            Boolean flag,
            Instant at,
            LocalDate on,
            List<String> tags,
            Map<String, String> attributes) {}

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    private Sample read(String body) {
        return json.readValue(body, Sample.class);
    }

    private void refused(String body, String field, String rule) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(RefusedInput.class).satisfies(e -> {
            RefusedInput refused = (RefusedInput) e;
            assertThat(refused.rule()).contains(rule);
            assertThat(refused.getPath().get(0).getPropertyName()).isEqualTo(field);
        });
    }

    @Test
    void wellFormedValuesAreRead() {
        Sample sample = read("{\"id\":7,\"count\":2,\"name\":\"安澜\",\"flag\":true,\"at\":\"2026-05-01T08:00:00Z\","
                + "\"on\":\"1995-03-01\",\"tags\":[\"a\"],\"attributes\":{\"k\":\"v\"}}");
        assertThat(sample.id()).isEqualTo(7L);
        assertThat(sample.on()).isEqualTo(LocalDate.of(1995, 3, 1));
    }

    @Test
    void aFloatIsNotTruncatedIntoAnId() {
        assertThatThrownBy(() -> read("{\"id\":1.5}")).hasMessageContaining("id");
        assertThatThrownBy(() -> read("{\"count\":2.0}")).hasMessageContaining("count");
    }

    @Test
    void numbersAndBooleansAreNotTurnedIntoTextNorTextIntoNumbers() {
        refused("{\"name\":5}", "name", "must be a JSON string");
        refused("{\"name\":true}", "name", "must be a JSON string");
        assertThatThrownBy(() -> read("{\"id\":\"5\"}")).hasMessageContaining("id");
        assertThatThrownBy(() -> read("{\"flag\":1}")).hasMessageContaining("flag");
        assertThatThrownBy(() -> read("{\"flag\":\"true\"}")).hasMessageContaining("flag");
    }

    @Test
    void textBreakingTheTextRulesIsRefusedInValuesListsAndMapKeys() {
        refused("{\"name\":\"a\\u0000b\"}", "name", TextRules.NUL);
        refused("{\"name\":\"\\ud800\"}", "name", TextRules.SURROGATE);
        refused("{\"name\":\"\\u202e\"}", "name", TextRules.DIRECTION);
        refused("{\"name\":\"\\u200b\"}", "name", TextRules.INVISIBLE);
        refused("{\"tags\":[\"ok\",\"\\u0007\"]}", "tags", TextRules.CONTROL);
        refused("{\"attributes\":{\"\\u0000\":\"v\"}}", "attributes", TextRules.NUL);
    }

    @Test
    void instantsAndDatesOutsideTheRangeAreRefused() {
        refused("{\"at\":\"+1000000000-12-31T23:59:59Z\"}", "at", InputLimits.INSTANT_RANGE);
        refused("{\"at\":\"9999-12-31T00:00:00Z\"}", "at", InputLimits.INSTANT_RANGE);
        refused("{\"at\":\"1970-01-01T00:00:00Z\"}", "at", InputLimits.INSTANT_RANGE);
        refused("{\"on\":\"9999-12-31\"}", "on", InputLimits.DATE_RANGE);
    }

    @Test
    void aCollectionOrMapOfMoreThanAThousandElementsIsRefused() {
        StringBuilder keys = new StringBuilder("{\"attributes\":{");
        for (int i = 0; i < 1_001; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        refused(keys.append("}}").toString(), "attributes", "1000");
        refused("{\"tags\":[" + "\"t\",".repeat(1_000) + "\"t\"]}", "tags", "1000");
        assertThat(read("{\"tags\":[" + "\"t\",".repeat(999) + "\"t\"]}").tags())
                .hasSize(1_000);
    }

    @Test
    void anEndpointAnswersTheRefusalAsProblemJsonNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseType\":\"CLAIM\",\"caseId\":\"A-1\",\"milestone\":\"CLAIM_REPORTED\","
                                + "\"at\":\"2026-05-01T08:00:00Z\",\"owner\":{\"orgUnitId\":1},"
                                + "\"lateEntryReason\":\"late\\u0000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lateEntryReason"))
                .andExpect(jsonPath("$.errors[0].message").value(TextRules.NUL));
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseType\":\"CLAIM\",\"caseId\":\"A-1\",\"milestone\":\"CLAIM_REPORTED\","
                                + "\"at\":\"2026-05-01T08:00:00Z\",\"owner\":{\"orgUnitId\":1.5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("owner.orgUnitId"));
    }
}
