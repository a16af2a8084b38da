package io.shixiao.feedback.web;

import io.shixiao.feedback.application.CallbackTasks;
import io.shixiao.feedback.application.CallbackView;
import io.shixiao.feedback.application.Questionnaires;
import io.shixiao.feedback.application.SatisfactionStatistics;
import io.shixiao.feedback.application.SatisfactionStatistics.Dimension;
import io.shixiao.feedback.application.SatisfactionStatistics.Rate;
import io.shixiao.feedback.domain.AttemptOutcome;
import io.shixiao.feedback.domain.CallbackStatus;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.time.ShanghaiTime;
import io.shixiao.shared.web.ChartOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** 回访工作台, the survey form of one callback, and the satisfaction dashboard. */
@Controller
@PreAuthorize(Access.READERS)
class CallbackPages {

    private final CallbackTasks tasks;
    private final Questionnaires questionnaires;
    private final SatisfactionStatistics statistics;
    private final Clock clock;

    CallbackPages(CallbackTasks tasks, Questionnaires questionnaires, SatisfactionStatistics statistics, Clock clock) {
        this.tasks = tasks;
        this.questionnaires = questionnaires;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/callbacks")
    String queue(@RequestParam(required = false) @Nullable CallbackStatus status, Model model) {
        model.addAttribute("rows", tasks.queue(CurrentUser.scope(), status == null ? CallbackStatus.OPEN : status));
        model.addAttribute("statuses", CallbackStatus.values());
        model.addAttribute("status", status == null ? CallbackStatus.OPEN : status);
        return "feedback/queue";
    }

    @GetMapping("/callbacks/{id}")
    String task(@PathVariable long id, Model model) {
        CallbackView task = tasks.find(id, CurrentUser.scope());
        model.addAttribute("t", task);
        model.addAttribute("q", tasks.questionnaireOf(task));
        model.addAttribute("outcomes", AttemptOutcome.values());
        return "feedback/task";
    }

    /** The stored mobile, shown on request (htmx) and audited as a view of personal data. */
    @PostMapping("/callbacks/{id}/mobile")
    @PreAuthorize(Access.AGENTS)
    String mobile(@PathVariable long id, Model model) {
        try {
            model.addAttribute("mobile", tasks.revealMobile(id, CurrentUser.get()));
        } catch (ConflictException e) {
            model.addAttribute("mobile", e.getMessage());
        }
        return "feedback/task :: mobile";
    }

    @PostMapping("/callbacks/{id}/attempt")
    @PreAuthorize(Access.AGENTS)
    String attempt(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable AttemptOutcome outcome,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            tasks.attempt(id, version, channel, outcome, note, CurrentUser.get());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/callbacks/" + id;
    }

    @PostMapping("/callbacks/{id}/answers")
    @PreAuthorize(Access.AGENTS)
    String answers(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> answers = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("answer.")) {
                answers.put(key.substring("answer.".length()), value);
            }
        });
        try {
            tasks.answer(id, version, answers, CurrentUser.get());
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/callbacks/" + id;
    }

    @GetMapping("/satisfaction")
    String dashboard(@RequestParam(defaultValue = "SEED-004") String questionnaire, Model model) {
        String shown = questionnaires.byCode(questionnaire).isPresent() ? questionnaire : "SEED-004";
        LocalDate today = LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        LocalDate from = today.minusMonths(12);
        List<Rate> months = statistics.rates(CurrentUser.scope(), shown, Dimension.MONTH, from, today);
        List<Rate> units = statistics.rates(CurrentUser.scope(), shown, Dimension.UNIT, from, today);
        List<Rate> staff = statistics.rates(CurrentUser.scope(), shown, Dimension.STAFF, from, today);
        List<Rate> questions = statistics.rates(CurrentUser.scope(), shown, Dimension.QUESTION, from, today);
        model.addAttribute("questionnaire", questionnaires.byCode(shown).orElseThrow());
        model.addAttribute("codes", questionnaires.codes());
        model.addAttribute("months", months);
        model.addAttribute("units", units);
        model.addAttribute("staff", staff);
        model.addAttribute("questions", questions);
        Map<String, String> texts = new HashMap<>();
        questionnaires.byCode(shown).orElseThrow().questions().forEach(q -> texts.put(q.code(), q.text()));
        model.addAttribute("questionTexts", texts);
        model.addAttribute("monthChart", ChartOption.json(chart(months, "line")));
        model.addAttribute("unitChart", ChartOption.json(chart(units, "bar")));
        return "feedback/dashboard";
    }

    private static Map<String, Object> chart(List<Rate> rates, String type) {
        return ChartOption.categories(
                rates.stream().map(Rate::label).toList(),
                rates.stream().map(Rate::percent).toList(),
                type,
                Map.of("type", "value", "min", 0, "max", 100, "name", "%"));
    }
}
