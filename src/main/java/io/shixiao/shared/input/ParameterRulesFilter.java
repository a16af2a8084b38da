package io.shixiao.shared.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every query and form parameter of every request, before any handler reads it (however it reads it):
 * its name and value meet the {@link TextRules} and the value is at most
 * {@link InputLimits#MAX_PARAMETER_LENGTH} characters. A malformed form or multipart body that the
 * container cannot split into parameters is refused too. The API answers 400 problem+json naming the
 * parameter; a page answers the 400 error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ParameterRulesFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal;
        try {
            refusal = refusalOf(request.getParameterMap());
        } catch (RuntimeException unreadable) {
            refusal = new Refusal("body", "is not a well-formed form or multipart body");
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        InputProblems.answer(request, response, HttpStatus.BAD_REQUEST, refusal.field(), refusal.problem());
    }

    private static @Nullable Refusal refusalOf(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String nameProblem = TextRules.problemWith(name);
            if (nameProblem != null || name.length() > 200) {
                return new Refusal("parameter name", nameProblem == null ? "is too long" : nameProblem);
            }
            for (String value : parameter.getValue()) {
                if (value.length() > InputLimits.MAX_PARAMETER_LENGTH) {
                    return new Refusal(
                            name, "must not be longer than " + InputLimits.MAX_PARAMETER_LENGTH + " characters");
                }
                String problem = TextRules.problemWith(value);
                if (problem != null) {
                    return new Refusal(name, problem);
                }
            }
        }
        return null;
    }

    private record Refusal(String field, String problem) {}
}
