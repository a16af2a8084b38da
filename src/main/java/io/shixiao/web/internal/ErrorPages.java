package io.shixiao.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends every error no controller advice answered (no handler found,
 * method or media type not supported before a controller was chosen, a filter's failure): the API
 * gets RFC 9457 problem+json, people get a Chinese error page. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        HttpStatus status = statusOf(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        model.addAttribute("status", status.value());
        model.addAttribute("reason", status.getReasonPhrase());
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        return problemOf(statusOf(request));
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
        return problemOf(statusOf(request));
    }

    private static ResponseEntity<ProblemDetail> problemOf(HttpStatus status) {
        ProblemDetail body =
                ProblemDetail.forStatusAndDetail(status, DETAILS.getOrDefault(status, status.getReasonPhrase()));
        body.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static final Map<HttpStatus, String> DETAILS = Map.of(
            HttpStatus.NOT_FOUND, "No such resource.",
            HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here.",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This content type is not accepted here.",
            HttpStatus.NOT_ACCEPTABLE, "No acceptable representation.",
            HttpStatus.PAYLOAD_TOO_LARGE, "The request is too large.",
            HttpStatus.BAD_REQUEST, "The request could not be understood.",
            HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed; it has been logged.");

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
