package io.shixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the API, found by asking Spring MVC for its mappings, is sent malformed and
 * hostile requests as the platform administrator (who may reach everything) and as an insurer's
 * staff: each answer must be a 4xx {@code application/problem+json}, never a 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileRequestTests {

    private static final List<String> HOSTILE_IDS = List.of("999999999", "abc", "-1", "99999999999999999999999");

    private static final List<String> HOSTILE_BODIES = List.of(
            "",
            "{",
            "[]",
            "null",
            "\"text\"",
            "{\"version\":\"not-a-number\"}",
            "{\"id\":[1,2],\"name\":{\"nested\":true}}",
            "{\"name\":\"" + "长".repeat(20_000) + "\"}",
            "{\"date\":\"2025-02-30\",\"start\":\"yesterday\",\"amount\":-5,\"unit\":\"FORTNIGHTS\"}",
            "{\"code\":\"'; drop table audit_entry; --\",\"name\":\"<script>alert(1)</script>\"}",
            "[".repeat(5_000));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theApiHasWriteEndpointsToAttack() {
        assertThat(writeEndpoints()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointAnswersHostileInputWithA4xxProblem() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<HttpMethod, String> endpoint : writeEndpoints()) {
            HttpMethod method = endpoint.getKey();
            String pattern = endpoint.getValue();
            tests.add(DynamicTest.dynamicTest(method + " " + pattern, () -> {
                for (UserDetails user :
                        List.of(users.loadUserByUsername("admin"), users.loadUserByUsername("anlan.manager"))) {
                    for (String id : HOSTILE_IDS) {
                        String path = pattern.replaceAll("\\{[^}]+}", id);
                        for (String body : HOSTILE_BODIES) {
                            assertAnswersA4xxProblem(method, path, user, body, MediaType.APPLICATION_JSON);
                        }
                        assertAnswersA4xxProblem(method, path, user, "<a>xml</a>", MediaType.APPLICATION_XML);
                    }
                }
            }));
        }
        return tests.stream();
    }

    private void assertAnswersA4xxProblem(HttpMethod method, String path, UserDetails user, String body, MediaType type)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                .with(user(user))
                .contentType(type)
                .content(body);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String what = method + " " + path + " as " + user.getUsername() + " with " + abbreviate(body);
        assertThat(response.getStatus()).as(what).isBetween(400, 499);
        assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString())
                .as(what)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    private List<Map.Entry<HttpMethod, String>> writeEndpoints() {
        List<Map.Entry<HttpMethod, String>> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || !takesInput(pattern, mapping.getValue())) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.POST
                            || method == RequestMethod.PUT
                            || method == RequestMethod.PATCH
                            || method == RequestMethod.DELETE) {
                        endpoints.add(Map.entry(method.asHttpMethod(), pattern));
                    }
                }
            }
        }
        endpoints.sort(Map.Entry.comparingByValue());
        return endpoints;
    }

    /** An action without path variables or parameters (e.g. reload) has nothing hostile to receive. */
    private static boolean takesInput(String pattern, HandlerMethod handler) {
        return pattern.contains("{")
                || Arrays.stream(handler.getMethodParameters())
                        .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                                || parameter.hasParameterAnnotation(RequestParam.class)
                                || parameter.hasParameterAnnotation(RequestPart.class)
                                || parameter.hasParameterAnnotation(ModelAttribute.class));
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "…(" + body.length() + " chars)" : body;
    }
}
