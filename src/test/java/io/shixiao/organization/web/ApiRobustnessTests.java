package io.shixiao.organization.web;

import static io.shixiao.organization.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.shixiao.organization.OrganizationDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input never answers 5xx: valid requests are mutated at random (seeded, so a failure repeats) by
 * dropping fields, swapping values for wrong types, extreme numbers, dates and strings, and truncation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiRobustnessTests {

    private static final int MUTATIONS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(
                        "POST",
                        "/api/v1/insurers",
                        "{\"code\":\"FUZZ\",\"fullName\":\"x\",\"shortName\":\"x\",\"creditCode\":\"91350100M000100Y43\",\"hotline\":\"95599\"}"),
                Arguments.of(
                        "POST",
                        "/api/v1/org-units",
                        "{\"insurerId\":{insurer},\"parentId\":{unit},\"level\":\"SUB_BRANCH\",\"code\":\"FZ\",\"name\":\"x\",\"divisionCode\":\"330106\"}"),
                Arguments.of(
                        "POST",
                        "/api/v1/outlets",
                        "{\"orgUnitId\":{unit},\"name\":\"x\",\"address\":\"y\",\"divisionCode\":\"330106\",\"kind\":\"SELF_BUILT\",\"hotline\":\"0571-1\",\"hours\":[{\"day\":\"MONDAY\",\"opens\":\"08:30\",\"closes\":\"17:30\"}]}"),
                Arguments.of(
                        "PUT",
                        "/api/v1/outlets/{outlet}",
                        "{\"version\":0,\"orgUnitId\":{unit},\"name\":\"x\",\"address\":\"y\",\"divisionCode\":\"330106\",\"kind\":\"SELF_BUILT\",\"hotline\":\"0571-1\",\"hours\":[{\"day\":\"MONDAY\",\"opens\":\"08:30\",\"closes\":\"17:30\"}]}"),
                Arguments.of(
                        "PUT",
                        "/api/v1/outlets/{outlet}/duty/2031-01-01",
                        "{\"staff\":[{\"staffId\":{staff},\"note\":\"x\"}]}"),
                Arguments.of(
                        "POST",
                        "/api/v1/zones",
                        "{\"orgUnitId\":{unit},\"name\":\"x\",\"kind\":\"URBAN\",\"divisionCodes\":[\"330122\"]}"),
                Arguments.of(
                        "POST",
                        "/api/v1/staff",
                        "{\"orgUnitId\":{unit},\"name\":\"x\",\"employeeNo\":\"HT-FZ1\",\"mobile\":\"13912345678\",\"roles\":[\"SURVEYOR\"],\"qualifications\":[{\"name\":\"a\",\"number\":\"b\",\"issuer\":\"c\",\"issuedOn\":\"2024-01-01\",\"expiresOn\":\"2027-01-01\"}],\"associationCertificateNo\":\"Z\"}"),
                Arguments.of("POST", "/api/v1/staff/{staff}/deactivate", "{\"version\":5}"),
                Arguments.of(
                        "POST", "/api/v1/associations", "{\"code\":\"FZ\",\"name\":\"x\",\"divisionCode\":\"33\"}"),
                Arguments.of(
                        "POST",
                        "/api/v1/associations/{association}/members",
                        "{\"version\":0,\"insurerId\":{insurer},\"joinedOn\":\"2020-01-01\"}"));
    }

    private static final Object[] WRONG_VALUES = {
        null,
        "",
        " ",
        "\u0000",
        "x".repeat(5000),
        "北京".repeat(300),
        -1,
        0,
        Long.MAX_VALUE,
        "9223372036854775808",
        1.5,
        true,
        new ArrayList<>(),
        new LinkedHashMap<>(),
        "-999999999-01-01",
        "+999999999-12-31",
        "2024-02-30",
        "25:61",
        "%_\\'\"",
        "<script>",
        List.of("330106", "x"),
        List.of(Map.of("day", "FUNDAY"))
    };

    @ParameterizedTest
    @MethodSource("endpoints")
    void noMutationOfARequestIsAnsweredWithA5xx(String method, String pathTemplate, String bodyTemplate)
            throws Exception {
        long insurer = directory.insurerIdByCode("HENGTAI").orElseThrow();
        long unit = directory.unitByCode("HENGTAI-ZJ-HZ").orElseThrow().id();
        long staff =
                directory.staffByEmployeeNo("HENGTAI", "HT000102").orElseThrow().id();
        long outlet = jdbc.sql(
                        "select min(o.id) from outlet o join org_unit u on u.id = o.org_unit_id where u.insurer_id = ?")
                .param(insurer)
                .query(Long.class)
                .single();
        long association = directory.associationIdByCode("TSIA").orElseThrow();
        String path = fill(pathTemplate, insurer, unit, staff, outlet, association);
        String valid = fill(bodyTemplate, insurer, unit, staff, outlet, association);
        tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
        Random random = new Random(path.hashCode());
        for (int i = 0; i < MUTATIONS; i++) {
            String body = mutate(mapper, valid, random);
            MockHttpServletRequestBuilder request = "PUT".equals(method) ? put(path) : post(path);
            MockHttpServletResponse response = mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(csrf())
                            .with(admin()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus())
                    .as(method + " " + path + " " + body + " -> " + response.getContentAsString())
                    .isLessThan(500);
        }
        for (String query : new String[] {
            "?page=2147483647",
            "?page=-1",
            "?size=0",
            "?q=%00",
            "?q=" + "%25".repeat(300),
            "?active=maybe",
            "?insurerId=abc"
        }) {
            for (String list : new String[] {
                "/api/v1/insurers",
                "/api/v1/org-units",
                "/api/v1/outlets",
                "/api/v1/zones",
                "/api/v1/staff",
                "/api/v1/associations"
            }) {
                MockHttpServletResponse response =
                        mvc.perform(get(list + query).with(admin())).andReturn().getResponse();
                assertThat(response.getStatus())
                        .as(list + query + " -> " + response.getContentAsString())
                        .isLessThan(500);
            }
        }
    }

    private static String fill(String template, long insurer, long unit, long staff, long outlet, long association) {
        return template.replace("{insurer}", String.valueOf(insurer))
                .replace("{unit}", String.valueOf(unit))
                .replace("{staff}", String.valueOf(staff))
                .replace("{outlet}", String.valueOf(outlet))
                .replace("{association}", String.valueOf(association));
    }

    @SuppressWarnings("unchecked")
    private static String mutate(tools.jackson.databind.ObjectMapper mapper, String valid, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return valid.substring(0, random.nextInt(valid.length()));
        }
        Map<String, Object> body = mapper.readValue(valid, LinkedHashMap.class);
        List<String> keys = new ArrayList<>(body.keySet());
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            String key = keys.get(random.nextInt(keys.size()));
            if (kind == 1) {
                body.remove(key);
            } else if (kind == 2
                    && body.get(key) instanceof List<?> list
                    && !list.isEmpty()
                    && list.get(0) instanceof Map<?, ?> element) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) element);
                List<String> inner = new ArrayList<>(copy.keySet());
                copy.put(inner.get(random.nextInt(inner.size())), WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]);
                body.put(key, List.of(copy));
            } else {
                body.put(key, WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]);
            }
        }
        if (kind == 3) {
            body.put("unexpected", "field");
        }
        return mapper.writeValueAsString(body);
    }
}
