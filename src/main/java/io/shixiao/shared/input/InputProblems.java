package io.shixiao.shared.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal answered before any controller runs (by a filter): problem+json naming the field for the API
 * and for clients that do not ask for HTML, the shell's error page for a browser.
 */
public final class InputProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InputProblems() {}

    public static void answer(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field, String problem)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        boolean page = !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        if (page) {
            response.sendError(status.value());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status == HttpStatus.BAD_REQUEST ? "输入有误 Invalid input" : status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", "Field '" + field + "' " + problem + ".");
        body.put("errors", List.of(Map.of("field", field, "message", problem)));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
