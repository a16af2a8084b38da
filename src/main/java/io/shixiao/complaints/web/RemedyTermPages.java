package io.shixiao.complaints.web;

import io.shixiao.complaints.application.RemedyTerms;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 超时补救约定: the manager's page of the insurer's remedy per case type after a breached clock (服务质量协议
 * 5.3), the same terms and checks as {@code PUT /api/v1/remedy-terms/{caseType}}. Only the signed-in manager's
 * insurer's terms are shown and written.
 */
@Controller
@PreAuthorize(Access.MANAGERS)
class RemedyTermPages {

    private final RemedyTerms terms;

    RemedyTermPages(RemedyTerms terms) {
        this.terms = terms;
    }

    @GetMapping("/remedy-terms")
    String terms(Model model) {
        return page(model, null, Map.of(), Map.of());
    }

    @PostMapping("/remedy-terms/{caseType}")
    String set(
            @PathVariable String caseType,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        if (!RemedyTerms.CASE_TYPES.contains(caseType)) {
            throw new NotFoundException("Case type", caseType);
        }
        try {
            terms.set(
                    CurrentUser.get(),
                    caseType,
                    ComplaintPages.parse(RemedyKind.class, form.get("kind"), "kind"),
                    form.get("amount"),
                    form.get("description"),
                    version(form.get("version")));
            redirect.addFlashAttribute("saved", caseType);
            return "redirect:/remedy-terms";
        } catch (InvalidInputException e) {
            return page(model, caseType, form, ComplaintPages.errors(e.fields()));
        } catch (ConflictException e) {
            // A stale version, or a near-forbidden phrase sent to a supervisor's review: shown at its field.
            return page(model, caseType, form, ComplaintPages.errors(e.fields()));
        }
    }

    private String page(Model model, @Nullable String editing, Map<String, String> form, Map<String, String> errors) {
        Long insurer = CurrentUser.scope().insurerId();
        if (insurer == null) {
            throw new InvalidInputException("insurerId", "only an insurer's staff have remedy terms");
        }
        List<RemedyTerms.Term> list = terms.of(insurer);
        model.addAttribute("terms", list);
        model.addAttribute("kinds", RemedyKind.values());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "complaints/remedy-terms";
    }

    private static @Nullable Integer version(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "a whole number");
        }
    }
}
