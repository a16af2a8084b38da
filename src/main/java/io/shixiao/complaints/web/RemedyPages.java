package io.shixiao.complaints.web;

import io.shixiao.complaints.application.RectificationLedger;
import io.shixiao.complaints.application.Remedies;
import io.shixiao.complaints.domain.RemedyStatus;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 补救 and 整改台账: lists with the steps each record allows next. */
@Controller
@PreAuthorize(Access.READERS)
class RemedyPages {

    private final Remedies remedies;
    private final RectificationLedger ledger;
    private final Clock clock;

    RemedyPages(Remedies remedies, RectificationLedger ledger, Clock clock) {
        this.remedies = remedies;
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/remedies")
    String remedies(@RequestParam(required = false) @Nullable RemedyStatus status, Model model) {
        model.addAttribute("rows", remedies.list(CurrentUser.scope(), status));
        model.addAttribute("statuses", RemedyStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("today", today());
        model.addAttribute(
                "manager",
                CurrentUser.find()
                        .map(u -> u.has(Role.MANAGER) || u.has(Role.QUALITY_INSPECTOR))
                        .orElse(false));
        model.addAttribute(
                "handler",
                CurrentUser.find()
                        .map(u -> u.has(Role.MANAGER) || u.has(Role.COMPLAINT_HANDLER))
                        .orElse(false));
        return "complaints/remedies";
    }

    @PostMapping("/remedies/{id}/{step}")
    @PreAuthorize(Access.HANDLERS + " or " + Access.MANAGERS)
    String remedyStep(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            var user = CurrentUser.get();
            switch (step) {
                case "approve" -> {
                    if (!user.has(Role.MANAGER) && !user.has(Role.QUALITY_INSPECTOR)) {
                        throw new org.springframework.security.access.AccessDeniedException("Managers approve");
                    }
                    remedies.approve(id, version, user);
                }
                case "accept" -> remedies.answer(id, version, true, note, user);
                case "refuse" -> remedies.answer(id, version, false, note, user);
                case "complete" -> remedies.complete(id, version, note, user);
                default -> throw new NotFoundException("Step", step);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/remedies";
    }

    @GetMapping("/rectifications")
    String rectifications(@RequestParam(required = false, defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("rows", ledger.list(CurrentUser.scope(), overdue));
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", today());
        return "complaints/rectifications";
    }

    @PostMapping("/rectifications/{id}/{step}")
    @PreAuthorize(Access.HANDLERS + " or " + Access.MANAGERS)
    String rectificationStep(
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            switch (step) {
                case "done" -> ledger.done(id, version, note, CurrentUser.get());
                case "verify" -> ledger.verify(id, version, note, CurrentUser.get());
                default -> throw new NotFoundException("Step", step);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rectifications";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
    }
}
