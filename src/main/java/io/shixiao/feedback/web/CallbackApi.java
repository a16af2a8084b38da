package io.shixiao.feedback.web;

import io.shixiao.feedback.application.CallbackRule;
import io.shixiao.feedback.application.CallbackRules;
import io.shixiao.feedback.application.CallbackTasks;
import io.shixiao.feedback.application.CallbackView;
import io.shixiao.feedback.application.Questionnaires;
import io.shixiao.feedback.application.SatisfactionStatistics;
import io.shixiao.feedback.application.SatisfactionStatistics.Dimension;
import io.shixiao.feedback.domain.AttemptOutcome;
import io.shixiao.feedback.domain.CallbackStatus;
import io.shixiao.feedback.domain.Questionnaire;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.time.ShanghaiTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Callbacks, questionnaires, the callback rule and the satisfaction statistics. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Callbacks 回访", description = "Callback tasks, questionnaires and satisfaction statistics")
@PreAuthorize(Access.READERS)
class CallbackApi {

    private final CallbackTasks tasks;
    private final CallbackRules rules;
    private final Questionnaires questionnaires;
    private final SatisfactionStatistics statistics;
    private final Clock clock;

    CallbackApi(
            CallbackTasks tasks,
            CallbackRules rules,
            Questionnaires questionnaires,
            SatisfactionStatistics statistics,
            Clock clock) {
        this.tasks = tasks;
        this.rules = rules;
        this.questionnaires = questionnaires;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/callbacks")
    @Operation(summary = "The callback work queue, open tasks first")
    List<CallbackView> queue(@RequestParam(required = false) @Nullable CallbackStatus status) {
        return tasks.queue(CurrentUser.scope(), status);
    }

    @GetMapping("/callbacks/{id}")
    @Operation(summary = "One callback task")
    CallbackView one(@PathVariable long id) {
        return tasks.find(id, CurrentUser.scope());
    }

    @PostMapping("/callbacks/{id}/attempts")
    @PreAuthorize(Access.AGENTS)
    @Operation(
            summary = "Record a call or SMS; after the last attempt allowed the customer is unreachable",
            description = """
            channel PHONE or SMS; outcome REACHED, NO_ANSWER, BUSY, WRONG_NUMBER or REFUSED. A claim's callback \
            that ends reports CLAIM_CALLBACK_COMPLETED to the engine (HZ-CALLBACK).""")
    CallbackView attempt(@PathVariable long id, @RequestBody AttemptRequest body) {
        return tasks.attempt(id, body.version(), body.channel(), body.outcome(), body.note(), CurrentUser.get());
    }

    @PostMapping("/callbacks/{id}/answers")
    @PreAuthorize(Access.AGENTS)
    @Operation(summary = "Record the survey answers: one option of its scale per question")
    CallbackView answer(@PathVariable long id, @RequestBody AnswerRequest body) {
        if (body.answers() == null) {
            throw new InvalidInputException("answers", "required: question code → option code");
        }
        return tasks.answer(id, body.version(), body.answers(), CurrentUser.get());
    }

    @GetMapping("/questionnaires")
    @Operation(summary = "The questionnaires with their questions and answer scales")
    List<Questionnaire> questionnaires() {
        return questionnaires.codes().stream()
                .map(code -> questionnaires.byCode(code).orElseThrow())
                .toList();
    }

    @GetMapping("/questionnaires/{code}")
    @Operation(summary = "One questionnaire")
    Questionnaire questionnaire(@PathVariable String code) {
        return questionnaires.byCode(code).orElseThrow(() -> new NotFoundException("Questionnaire", code));
    }

    @GetMapping("/callback-rule")
    @Operation(summary = "The caller's insurer's callback rule (sample share, amount, questionnaires, attempts)")
    CallbackRule rule() {
        Long insurer = CurrentUser.scope().insurerId();
        if (insurer == null) {
            throw new InvalidInputException("insurerId", "only an insurer's staff have a callback rule");
        }
        return rules.of(insurer);
    }

    @PutMapping("/callback-rule")
    @PreAuthorize(Access.MANAGERS)
    @Operation(summary = "Set the caller's insurer's callback rule")
    CallbackRule setRule(@RequestBody RuleRequest body) {
        return rules.set(
                CurrentUser.get(),
                body.sharePercent(),
                body.amountThreshold(),
                body.claimQuestionnaire(),
                body.complaintQuestionnaire(),
                body.maxAttempts(),
                body.version());
    }

    @GetMapping("/satisfaction")
    @Operation(summary = "Satisfaction rates of one questionnaire by MONTH, UNIT, STAFF or QUESTION", description = """
            Only questions that rate the service count; the rate is the share answered at the scale's top (满意). \
            from/to default to the last twelve months.""")
    List<SatisfactionStatistics.Rate> satisfaction(
            @RequestParam(defaultValue = "SEED-004") String questionnaire,
            @RequestParam(defaultValue = "MONTH") Dimension by,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        if (questionnaires.byCode(questionnaire).isEmpty()) {
            throw new InvalidInputException("questionnaire", "one of " + questionnaires.codes());
        }
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ShanghaiTime.ZONE));
        LocalDate start = from != null ? from : end.minusMonths(12);
        if (start.isAfter(end) || start.isBefore(end.minusYears(5))) {
            throw new InvalidInputException("from", "on or before 'to', at most five years earlier");
        }
        return statistics.rates(CurrentUser.scope(), questionnaire, by, start, end);
    }

    record AttemptRequest(
            @Nullable Integer version,
            @Nullable String channel,
            @Nullable AttemptOutcome outcome,
            @Nullable String note) {}

    record AnswerRequest(
            @Nullable Integer version, @Nullable Map<String, String> answers) {}

    record RuleRequest(
            @Nullable Integer sharePercent,
            @Nullable BigDecimal amountThreshold,
            @Nullable String claimQuestionnaire,
            @Nullable String complaintQuestionnaire,
            @Nullable Integer maxAttempts,
            @Nullable Integer version) {}
}
