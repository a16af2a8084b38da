package io.shixiao.web.internal;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ClockCounts;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.web.ChartOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: live counts within the user's data scope, refreshed by htmx. */
@Controller
class HomeController {

    private final OrganizationDirectory organization;
    private final ServiceClocks clocks;
    private final MessageSource messages;

    HomeController(OrganizationDirectory organization, ServiceClocks clocks, MessageSource messages) {
        this.organization = organization;
        this.clocks = clocks;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model) {
        addFigures(model);
        return "web/home";
    }

    @GetMapping("/home/figures")
    String figures(Model model) {
        addFigures(model);
        return "web/home :: figures";
    }

    private void addFigures(Model model) {
        DataScope scope = CurrentUser.scope();
        ClockCounts clockCounts = clocks.counts(scope);
        model.addAttribute("scope", scope);
        model.addAttribute("counts", organization.counts(scope));
        model.addAttribute("clocks", clockCounts);
        model.addAttribute("clockChart", clockChart(clockCounts));
    }

    /** The open clocks by state, as bars coloured like the cards above them. */
    private String clockChart(ClockCounts counts) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> labels =
                List.of("home.clocks.running", "home.clocks.atRisk", "home.clocks.paused", "home.clocks.breached")
                        .stream()
                        .map(key -> messages.getMessage(key, null, locale))
                        .toList();
        List<Map<String, Object>> values = List.of(
                bar(counts.running(), "#2f855a"),
                bar(counts.atRisk(), "#b7791f"),
                bar(counts.paused(), "#616e7c"),
                bar(counts.breachedOpen(), "#c53030"));
        return ChartOption.json(Map.of(
                // Redrawn every 10 s by htmx: an animation would replay on each refresh.
                "animation", false,
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 8, "top", 16, "bottom", 8),
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(Map.of("type", "bar", "barMaxWidth", 48, "data", values))));
    }

    private static Map<String, Object> bar(long value, String colour) {
        return Map.of("value", value, "itemStyle", Map.of("color", colour));
    }
}
