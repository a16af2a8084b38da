package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** 时效标准目录: every standard grouped by its source, and one page per standard. */
@Controller
class StandardsCatalogController {

    private final ServiceStandards standards;
    private final Clock clock;

    StandardsCatalogController(ServiceStandards standards, Clock clock) {
        this.standards = standards;
        this.clock = clock;
    }

    @GetMapping("/service-levels/standards")
    String catalog(Model model, Locale locale) {
        model.addAttribute("groups", StandardView.bySource(standards.effectiveOn(LocalDate.now(clock)), locale));
        model.addAttribute("today", LocalDate.now(clock));
        return "servicelevel/standards-catalog";
    }

    @GetMapping("/service-levels/standards/{code}")
    String standard(@PathVariable String code, Model model, Locale locale) {
        ServiceStandard standard = standards
                .byCode(code)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown service standard " + code));
        model.addAttribute("s", StandardView.of(standard, locale));
        model.addAttribute(
                "sharing",
                standards.bindingStep(standard.bindsStep(), LocalDate.now(clock)).stream()
                        .filter(other -> !other.code().equals(standard.code()))
                        .map(other -> StandardView.of(other, locale))
                        .toList());
        return "servicelevel/standard-detail";
    }
}
