package io.shixiao.quality.web;

import io.shixiao.quality.application.PhraseHitStatistics;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 禁语统计: hits per staff member of the supervisor's organisation, and the phrases found most. */
@Controller
@RequestMapping("/quality/hits")
@PreAuthorize(Access.SUPERVISORS)
class HitsPage {

    private final PhraseHitStatistics statistics;
    private final Clock clock;

    HitsPage(PhraseHitStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    String hits(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period period;
        try {
            period = Period.of(from, to, clock);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
            period = Period.of(null, null, clock);
        }
        model.addAttribute("period", period);
        model.addAttribute("staff", statistics.perStaff(CurrentUser.scope(), period.start(), period.end()));
        model.addAttribute("phrases", statistics.topPhrases(CurrentUser.scope(), period.start(), period.end(), 10));
        return "quality/hits";
    }
}
