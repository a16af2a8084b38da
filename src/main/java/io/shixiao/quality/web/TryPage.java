package io.shixiao.quality.web;

import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.PhraseCheck;
import io.shixiao.quality.ServiceStage;
import io.shixiao.shared.problem.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 禁语检测: try a text before sending it. A trial is not recorded: it counts against nobody and holds
 * nothing for review.
 */
@Controller
@RequestMapping("/quality/try")
@PreAuthorize(Access.STAFF)
class TryPage {

    private final ForbiddenPhrases phrases;

    TryPage(ForbiddenPhrases phrases) {
        this.phrases = phrases;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("stages", ServiceStage.values());
        model.addAttribute("stage", ServiceStage.GENERAL);
        model.addAttribute("text", "");
        model.addAttribute("maximum", ForbiddenPhrases.MAXIMUM_LENGTH);
        return "quality/try";
    }

    @PostMapping
    String check(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) ServiceStage stage,
            Model model) {
        ServiceStage checkedAt = stage == null ? ServiceStage.GENERAL : stage;
        model.addAttribute("stages", ServiceStage.values());
        model.addAttribute("stage", checkedAt);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("maximum", ForbiddenPhrases.MAXIMUM_LENGTH);
        try {
            PhraseCheck check = phrases.check(text, checkedAt);
            model.addAttribute("check", check);
            model.addAttribute(
                    "segments",
                    Highlight.of(
                            text,
                            check.hits().stream()
                                    .map(h -> new Highlight.Span(h.at(), h.length(), h.match()))
                                    .toList()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", PhrasePages.errors(e));
        }
        return "quality/try";
    }
}
