package io.shixiao.complaints.web;

import io.shixiao.complaints.application.ComplaintDetail;
import io.shixiao.complaints.application.ConsultationDesk;
import io.shixiao.complaints.application.ConsultationRow;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ConsultationStatus;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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

/** 咨询: the list, intake, and the detail page where a consultation is answered or becomes a complaint. */
@Controller
@RequestMapping("/consultations")
@PreAuthorize(Access.READERS)
class ConsultationPages {

    private final ConsultationDesk desk;
    private final Clock clock;

    ConsultationPages(ConsultationDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ConsultationStatus status, Model model) {
        model.addAttribute("rows", desk.list(CurrentUser.scope(), status));
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("form", Map.of());
        return "complaints/consultations";
    }

    @PostMapping
    @PreAuthorize(Access.INTAKE)
    String receive(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            ConsultationRow row = desk.receive(
                    new ConsultationDesk.NewConsultation(
                            ComplaintPages.parse(ContactChannel.class, form.get("channel"), "channel"),
                            ComplaintPages.parse(ComplaintCategory.class, form.get("category"), "category"),
                            form.get("customerName"),
                            form.get("customerMobile"),
                            form.get("question"),
                            "on".equals(form.get("claimInquiry")),
                            null,
                            ComplaintPages.shanghai(form.get("occurredAt")),
                            form.get("lateReason")),
                    CurrentUser.get());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/consultations/" + row.number();
        } catch (InvalidInputException e) {
            model.addAttribute("rows", desk.list(CurrentUser.scope(), null));
            model.addAttribute("statuses", ConsultationStatus.values());
            model.addAttribute("channels", ContactChannel.values());
            model.addAttribute("categories", ComplaintCategory.values());
            model.addAttribute("form", form);
            model.addAttribute("errors", ComplaintPages.errors(e.fields()));
            return "complaints/consultations";
        }
    }

    @GetMapping("/{number}")
    String detail(@PathVariable String number, Model model) {
        ConsultationRow row = desk.find(number, CurrentUser.scope());
        Instant now = clock.instant();
        model.addAttribute("c", row);
        model.addAttribute(
                "clocks",
                desk.clocksOf(row).stream()
                        .map(k -> new ComplaintPages.Badge(k, Remaining.of(k, now)))
                        .toList());
        return "complaints/consultation";
    }

    @PostMapping("/{number}/answer")
    @PreAuthorize(Access.INTAKE)
    String answer(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String answer,
            RedirectAttributes redirect) {
        try {
            desk.answer(number, version, answer, StepTime.of(null, null, clock), CurrentUser.get());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/consultations/" + number;
    }

    @PostMapping("/{number}/conversion")
    @PreAuthorize(Access.INTAKE)
    String convert(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String customerRequest,
            @RequestParam(required = false) @Nullable String complainantName,
            RedirectAttributes redirect) {
        try {
            ComplaintDetail complaint =
                    desk.convert(number, version, customerRequest, complainantName, null, CurrentUser.get());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/complaints/" + complaint.record().complaint().number();
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/consultations/" + number;
        }
    }
}
