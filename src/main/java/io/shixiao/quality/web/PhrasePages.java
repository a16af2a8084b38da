package io.shixiao.quality.web;

import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.application.PhraseAdministration;
import io.shixiao.quality.application.PhraseRecord;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * 服务禁语: the list by stage, for every member of staff to read; ADMIN and QUALITY_INSPECTOR add
 * phrases, change them, disable and enable them.
 */
@Controller
@RequestMapping("/quality/phrases")
@PreAuthorize(Access.STAFF)
class PhrasePages {

    private final PhraseAdministration administration;

    PhrasePages(PhraseAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(@RequestParam(required = false) ServiceStage stage, Model model) {
        fill(model, stage, new PhraseForm(stage == null ? ServiceStage.GENERAL : stage, "", ""));
        return "quality/phrases";
    }

    @PostMapping
    @PreAuthorize(Access.EDITORS)
    String add(
            @RequestParam(required = false) ServiceStage stage,
            @RequestParam(required = false) String phrase,
            @RequestParam(required = false) String core,
            Model model,
            RedirectAttributes redirect) {
        try {
            PhraseRecord added = administration.add(stage, phrase, lines(core));
            redirect.addFlashAttribute("saved", added.phrase());
            return "redirect:/quality/phrases?stage=" + added.stage();
        } catch (InvalidInputException | ConflictException e) {
            fill(model, stage, new PhraseForm(stage, phrase, core));
            model.addAttribute("errors", errors(e));
            return "quality/phrases";
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.EDITORS)
    String editForm(@PathVariable long id, Model model) {
        PhraseRecord phrase = administration.get(id);
        model.addAttribute("phrase", phrase);
        model.addAttribute("form", new PhraseForm(phrase.stage(), phrase.phrase(), String.join("\n", phrase.core())));
        model.addAttribute("stages", ServiceStage.values());
        return "quality/phrase-edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.EDITORS)
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) ServiceStage stage,
            @RequestParam(required = false) String phrase,
            @RequestParam(required = false) String core,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        try {
            PhraseRecord edited = administration.edit(id, stage, phrase, lines(core), version);
            redirect.addFlashAttribute("saved", edited.phrase());
            return "redirect:/quality/phrases?stage=" + edited.stage();
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            PhraseRecord current = administration.get(id);
            model.addAttribute("phrase", current);
            model.addAttribute("form", new PhraseForm(stage, phrase, core));
            model.addAttribute("stages", ServiceStage.values());
            model.addAttribute("errors", errors(e));
            return "quality/phrase-edit";
        }
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize(Access.EDITORS)
    String disable(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return statusChanged(redirect, () -> administration.disable(id, version));
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize(Access.EDITORS)
    String enable(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return statusChanged(redirect, () -> administration.enable(id, version));
    }

    private String statusChanged(RedirectAttributes redirect, java.util.function.Supplier<PhraseRecord> change) {
        try {
            PhraseRecord changed = change.get();
            redirect.addFlashAttribute("saved", changed.phrase());
            return "redirect:/quality/phrases?stage=" + changed.stage();
        } catch (ConflictException | OptimisticLockingFailureException | InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/quality/phrases";
        }
    }

    private void fill(Model model, ServiceStage stage, PhraseForm form) {
        Map<ServiceStage, List<PhraseRecord>> byStage = new LinkedHashMap<>();
        for (ServiceStage each : ServiceStage.values()) {
            if (stage == null || stage == each) {
                byStage.put(each, administration.list(each));
            }
        }
        model.addAttribute("byStage", byStage);
        model.addAttribute("stage", stage);
        model.addAttribute("stages", ServiceStage.values());
        model.addAttribute("form", form);
        model.addAttribute(
                "mayEdit", CurrentUser.find().map(u -> u.has(Role.ADMIN)).orElse(false));
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    static Map<String, String> errors(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.fields().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
        }
        if (e instanceof ConflictException conflict) {
            return conflict.fields().stream()
                    .collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
        }
        return Map.of("version", e.getMessage());
    }

    /** What the phrase form shows; {@code core} one part a line. */
    record PhraseForm(ServiceStage stage, String phrase, String core) {}
}
