package io.shixiao.customer.web;

import io.shixiao.customer.CustomerFiles;
import io.shixiao.customer.CustomerKey;
import io.shixiao.customer.SearchesExhaustedException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 客户一户一页: the search form and the customer's file. The search is a form POST (CSRF token, the key in the
 * body, not in the URL, the browser history or the access log), answered with the file in place; htmx swaps
 * the file into the page without reloading it.
 */
@Controller
@RequestMapping("/customers")
@PreAuthorize(Access.SEARCHERS)
class CustomerPages {

    private final CustomerFiles files;

    CustomerPages(CustomerFiles files) {
        this.files = files;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("by", CustomerKey.Kind.ID_NUMBER.field());
        model.addAttribute("value", "");
        return "customer/search";
    }

    @PostMapping
    String search(
            @RequestParam(required = false) @Nullable String by,
            @RequestParam(required = false) @Nullable String value,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        String field = by == null ? CustomerKey.Kind.ID_NUMBER.field() : by;
        model.addAttribute("by", field);
        model.addAttribute("value", value == null ? "" : value.strip());
        try {
            CustomerKey key = CustomerKey.of(
                    field.equals(CustomerKey.Kind.ID_NUMBER.field()) ? value : null,
                    field.equals(CustomerKey.Kind.MOBILE.field()) ? value : null,
                    field.equals(CustomerKey.Kind.POLICY_NO.field()) ? value : null);
            model.addAttribute("file", files.find(key, "page"));
            // the page shows the key masked from here on; the typed number is not sent back
            model.addAttribute("value", "");
        } catch (InvalidInputException e) {
            refuse(response, htmx, HttpStatus.BAD_REQUEST);
            FieldProblem problem = e.fields().isEmpty()
                    ? new FieldProblem(field, e.getMessage())
                    : e.fields().get(0);
            model.addAttribute("errorField", problem.field());
            model.addAttribute("error", problem.message());
        } catch (SearchesExhaustedException e) {
            refuse(response, htmx, HttpStatus.TOO_MANY_REQUESTS);
            model.addAttribute("exhausted", e.retryAfter().toMinutes() + 1);
        }
        return "customer/search";
    }

    // htmx swaps only successful answers into the page, so its requests get the refusal with 200; a plain
    // form post gets the status that says what went wrong.
    private static void refuse(HttpServletResponse response, @Nullable String htmx, HttpStatus status) {
        if (!"true".equals(htmx)) {
            response.setStatus(status.value());
        }
    }
}
