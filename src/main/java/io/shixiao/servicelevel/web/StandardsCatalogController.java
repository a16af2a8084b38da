package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * 时效标准目录: every standard grouped by its source, and one page per standard, each with the reading the
 * catalog takes of its text and whether it binds the reader's insurer today or what it still waits for.
 */
@Controller
class StandardsCatalogController {

    private final StandardCatalog standards;
    private final StandardViews views;
    private final Clock clock;

    StandardsCatalogController(StandardCatalog standards, StandardViews views, Clock clock) {
        this.standards = standards;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/service-levels/standards")
    String catalog(Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "groups",
                views.bySource(
                        standards.all().stream()
                                .filter(s -> s.isEffectiveOn(today))
                                .toList(),
                        ClockAccess.scope(),
                        locale));
        model.addAttribute("today", today);
        return "servicelevel/standards-catalog";
    }

    @GetMapping("/service-levels/standards/{code}")
    String standard(@PathVariable String code, Model model, Locale locale) {
        ServiceStandard standard = standards
                .current(code)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown service standard " + code));
        model.addAttribute("s", views.of(standard, ClockAccess.scope(), locale));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute(
                "sharing",
                standards.all().stream()
                        .filter(other -> other.isEffectiveOn(today)
                                && other.bindsStep().equals(standard.bindsStep())
                                && !other.code().equals(standard.code()))
                        .map(other -> views.of(other, ClockAccess.scope(), locale))
                        .toList());
        return "servicelevel/standard-detail";
    }
}
