package io.shixiao.quality.web;

import io.shixiao.quality.application.HeldTextDetail;
import io.shixiao.quality.application.HeldTexts;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.Role;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 待审文本: the texts held for review in the supervisor's organisation; release or reject each. */
@Controller
@RequestMapping("/quality/reviews")
@PreAuthorize(Access.SUPERVISORS)
class ReviewPages {

    private final HeldTexts held;

    ReviewPages(HeldTexts held) {
        this.held = held;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, Model model) {
        String shown = status == null || status.isBlank() ? "PENDING" : status;
        model.addAttribute("items", held.list(CurrentUser.scope(), shown));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", List.of("PENDING", "RELEASED", "REJECTED"));
        return "quality/reviews";
    }

    @GetMapping("/{id}")
    String one(@PathVariable long id, Model model) {
        HeldTextDetail detail = held.open(id, CurrentUser.scope());
        model.addAttribute("item", detail.item());
        model.addAttribute(
                "segments",
                Highlight.of(
                        detail.text(),
                        detail.item().hits().stream()
                                .map(h -> new Highlight.Span(h.at(), h.length(), h.match()))
                                .toList()));
        model.addAttribute(
                "mayDecide",
                detail.item().pending()
                        && CurrentUser.find()
                                .map(u -> (u.has(Role.QUALITY_INSPECTOR) || u.has(Role.MANAGER))
                                        && u.accountId() != detail.item().authorAccountId())
                                .orElse(false));
        return "quality/review";
    }

    @PostMapping("/{id}/release")
    @PreAuthorize(Access.REVIEWERS)
    String release(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return decided(id, redirect, () -> held.release(id, version, note, CurrentUser.get()), "released");
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(Access.REVIEWERS)
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return decided(id, redirect, () -> held.reject(id, version, note, CurrentUser.get()), "rejected");
    }

    private static String decided(long id, RedirectAttributes redirect, Runnable decision, String outcome) {
        try {
            decision.run();
            redirect.addFlashAttribute("decided", outcome);
            return "redirect:/quality/reviews";
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/quality/reviews/" + id;
        }
    }
}
