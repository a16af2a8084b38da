package io.shixiao.complaints.web;

import io.shixiao.complaints.application.ComplaintDetail;
import io.shixiao.complaints.application.ComplaintHandling;
import io.shixiao.complaints.application.ComplaintHandling.DecisionInput;
import io.shixiao.complaints.application.ComplaintIntake;
import io.shixiao.complaints.application.RectificationLedger;
import io.shixiao.complaints.application.Remedies;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ComplaintStatus;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.complaints.domain.Pause;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

/** 投诉: the list with live deadlines, intake, and the detail page with its timeline and the handling forms. */
@Controller
@RequestMapping("/complaints")
@PreAuthorize(Access.READERS)
class ComplaintPages {

    private final ComplaintHandling complaints;
    private final Remedies remedies;
    private final RectificationLedger ledger;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ComplaintPages(
            ComplaintHandling complaints,
            Remedies remedies,
            RectificationLedger ledger,
            OrganizationDirectory organization,
            Clock clock) {
        this.complaints = complaints;
        this.remedies = remedies;
        this.ledger = ledger;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ComplaintStatus status, Model model) {
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("status", status);
        rows(status, model);
        return "complaints/list";
    }

    /** The rows alone, for htmx to refresh the deadlines. */
    @GetMapping("/rows")
    String rows(@RequestParam(required = false) @Nullable ComplaintStatus status, Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "rows",
                complaints.list(CurrentUser.scope(), status).stream()
                        .map(c -> new Line(
                                c,
                                c.deadlines().stream()
                                        .map(d -> new Badge(d, Remaining.of(d, now)))
                                        .toList()))
                        .toList());
        return "complaints/list :: rows";
    }

    @GetMapping("/new")
    @PreAuthorize(Access.INTAKE)
    String form(Model model) {
        choices(model);
        model.addAttribute("form", Map.of());
        return "complaints/new";
    }

    @PostMapping("/new")
    @PreAuthorize(Access.INTAKE)
    String register(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            List<ComplaintIntake.Person> people = new ArrayList<>();
            people.add(new ComplaintIntake.Person(form.get("complainantName"), form.get("complainantMobile")));
            String more = form.getOrDefault("moreComplainants", "");
            for (String line : more.split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.strip().split("[\\s,，]+", 2);
                    people.add(new ComplaintIntake.Person(parts[0], parts.length > 1 ? parts[1] : null));
                }
            }
            ComplaintDetail detail = complaints.register(
                    new ComplaintIntake(
                            parse(ContactChannel.class, form.get("channel"), "channel"),
                            parse(ComplaintCategory.class, form.get("category"), "category"),
                            parse(ProductLine.class, form.get("productLine"), "productLine"),
                            form.get("content"),
                            form.get("customerRequest"),
                            people,
                            form.get("policyNumber"),
                            form.get("claimNumber"),
                            null,
                            null,
                            "on".equals(form.get("disasterRelated")),
                            shanghai(form.get("occurredAt")),
                            form.get("lateReason")),
                    CurrentUser.get());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/complaints/" + detail.record().complaint().number();
        } catch (InvalidInputException e) {
            choices(model);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors(e.fields()));
            return "complaints/new";
        }
    }

    @GetMapping("/{number}")
    String detail(@PathVariable String number, Model model) {
        ComplaintDetail detail = complaints.detail(number, CurrentUser.scope());
        Instant now = clock.instant();
        model.addAttribute("d", detail);
        model.addAttribute("c", detail.record().complaint().state());
        model.addAttribute("major", detail.record().complaint().major());
        model.addAttribute(
                "clocks",
                detail.clocks().stream()
                        .map(k -> new Badge(k, Remaining.of(k, now)))
                        .toList());
        model.addAttribute(
                "unitName",
                organization
                        .unit(detail.record().complaint().state().orgUnitId())
                        .map(u -> u.name())
                        .orElse(""));
        model.addAttribute("pauses", Pause.values());
        model.addAttribute("remedyKinds", RemedyKind.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(ShanghaiTime.ZONE)));
        model.addAttribute(
                "mayHandle", CurrentUser.find().map(ComplaintPages::handles).orElse(false));
        return "complaints/detail";
    }

    /** One handling step from the detail page's forms. */
    @PostMapping("/{number}/act")
    @PreAuthorize(Access.HANDLERS)
    String act(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        ScopedUser user = CurrentUser.get();
        return handled(number, redirect, () -> {
            StepTime time = StepTime.of(shanghai(form.get("occurredAt")), form.get("lateReason"), clock);
            String text = form.get("text");
            switch (action == null ? "" : action) {
                case "assign" -> complaints.assign(number, null, null, form.get("handlerName"), user);
                case "acknowledge" -> complaints.acknowledge(number, text, time, user);
                case "investigate" -> complaints.investigate(number, text, time, user);
                case "relayFeedback" -> complaints.feedBackToRelay(number, text, time, user);
                case "complex" -> complaints.markComplex(number, text, user);
                case "especiallyComplex" ->
                    complaints.markEspeciallyComplex(number, text, shanghai(form.get("complainantToldAt")), user);
                case "pause" ->
                    complaints.pause(
                            number,
                            parse(Pause.class, form.get("kind"), "kind"),
                            text,
                            "on".equals(form.get("complainantNotified")),
                            time,
                            user);
                case "resume" ->
                    complaints.resume(number, parse(Pause.class, form.get("kind"), "kind"), text, time, user);
                case "newFacts" -> complaints.newFacts(number, text, time, user);
                case "decide" ->
                    complaints.decide(
                            number,
                            new DecisionInput(
                                    form.get("upheld") == null ? null : "true".equals(form.get("upheld")),
                                    form.get("factsVerified"),
                                    form.get("basis"),
                                    form.get("reasons"),
                                    form.get("remediesOpen")),
                            time,
                            user);
                case "close" -> complaints.close(number, text, user);
                case "reopen" -> complaints.reopen(number, text, user);
                case "requestReview" -> complaints.requestReview(number, text, time, user);
                case "decideReview" -> complaints.decideReview(number, text, time, user);
                case "withdraw" -> complaints.withdraw(number, text, time, user);
                case "remedy" ->
                    remedies.propose(
                            complaints.detail(number, user.dataScope()).record(),
                            parse(RemedyKind.class, form.get("kind"), "kind"),
                            form.get("description"),
                            form.get("amount"),
                            form.get("correctiveAction"),
                            date(form.get("followUpDue"), "followUpDue"),
                            user);
                case "rectify" ->
                    ledger.open(
                            complaints.detail(number, user.dataScope()).record(),
                            form.get("problem"),
                            form.get("rootCause"),
                            form.get("owner"),
                            date(form.get("dueOn"), "dueOn"),
                            user);
                default -> throw new InvalidInputException("action", "unknown step");
            }
            return null;
        });
    }

    private static boolean handles(ScopedUser user) {
        return user.has(io.shixiao.shared.security.Role.COMPLAINT_HANDLER)
                || user.has(io.shixiao.shared.security.Role.MANAGER);
    }

    private static String handled(String number, RedirectAttributes redirect, Supplier<@Nullable Object> step) {
        try {
            step.get();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e.fields(), e.getMessage()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", message(e.fields(), e.getMessage()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/complaints/" + number;
    }

    private static String message(List<FieldProblem> fields, @Nullable String fallback) {
        return fields.isEmpty()
                ? String.valueOf(fallback)
                : String.join(
                        "；",
                        fields.stream().map(f -> f.field() + "：" + f.message()).toList());
    }

    private void choices(Model model) {
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("lines", ProductLine.values());
    }

    static Map<String, String> errors(List<FieldProblem> fields) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem field : fields) {
            String key = field.field().startsWith("complainants[0].")
                    ? "complainant" + capitalise(field.field().substring("complainants[0].".length()))
                    : field.field().startsWith("complainants") ? "moreComplainants" : field.field();
            errors.merge(key, field.message(), (a, b) -> a + "；" + b);
        }
        return errors;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown value");
        }
    }

    /** A {@code datetime-local} value read as Shanghai time; blank for none. */
    static @Nullable Instant shanghai(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ShanghaiTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurredAt", "a date and time, e.g. 2026-10-12T10:00");
        }
    }

    static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a date, e.g. 2026-10-12");
        }
    }

    /** A clock with how its deadline looks now. */
    record Badge(ClockView clock, Remaining remaining) {}

    /** A complaint of the list with its deadline badges. */
    record Line(ComplaintHandling.ListedComplaint complaint, List<Badge> badges) {}
}
