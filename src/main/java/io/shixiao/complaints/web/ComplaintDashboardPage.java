package io.shixiao.complaints.web;

import io.shixiao.complaints.SatisfactionTrend;
import io.shixiao.complaints.application.ComplaintStatistics.BranchRate;
import io.shixiao.complaints.application.ComplaintStatistics.ClockStanding;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.web.ChartOption;
import io.shixiao.shared.web.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 投诉看板: the three charts of issue 9 item 10, drawn by ECharts from options rendered here. */
@Controller
@PreAuthorize(Access.READERS)
class ComplaintDashboardPage {

    /** Colours of the standings, as the deadline badges show them. */
    private static final Map<ClockStanding, String> COLOURS = Map.of(
            ClockStanding.ON_TIME, "#0b6e4f",
            ClockStanding.WARNING, "#d99a00",
            ClockStanding.BREACHED, "#c0392b",
            ClockStanding.PAUSED, "#6c7a89",
            ClockStanding.NO_CLOCK, "#b0b8c1");

    private final ComplaintDashboard dashboard;
    private final Labels labels;
    private final MessageSource messages;

    ComplaintDashboardPage(ComplaintDashboard dashboard, Labels labels, MessageSource messages) {
        this.dashboard = dashboard;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/complaint-dashboard")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String questionnaire,
            Locale locale,
            Model model) {
        ComplaintDashboard.Figures figures = dashboard.of(CurrentUser.scope(), from, to, questionnaire);
        model.addAttribute("figures", figures);
        model.addAttribute("codes", dashboard.questionnaires());
        model.addAttribute(
                "openTotal",
                figures.openByClockState().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        model.addAttribute("stateChart", ChartOption.json(stateChart(figures.openByClockState(), locale)));
        model.addAttribute("branchChart", ChartOption.json(branchChart(figures.perTenThousandPolicies(), locale)));
        model.addAttribute("satisfactionChart", ChartOption.json(satisfactionChart(figures.satisfaction())));
        return "complaints/dashboard";
    }

    private Map<String, Object> stateChart(Map<ClockStanding, Long> counts, Locale locale) {
        List<Object> bars = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ClockStanding standing : ClockStanding.values()) {
            names.add(labels.of(standing, locale));
            bars.add(Map.of(
                    "value", counts.getOrDefault(standing, 0L), "itemStyle", Map.of("color", COLOURS.get(standing))));
        }
        return ChartOption.categories(names, bars, "bar", Map.of("type", "value", "minInterval", 1));
    }

    private Map<String, Object> branchChart(List<BranchRate> rates, Locale locale) {
        List<Object> bars = new ArrayList<>();
        for (BranchRate rate : rates) {
            bars.add(rate.perTenThousand() == null ? "-" : rate.perTenThousand());
        }
        return ChartOption.categories(
                rates.stream().map(BranchRate::unitName).toList(),
                bars,
                "bar",
                Map.of(
                        "type",
                        "value",
                        "name",
                        messages.getMessage("complaints.dashboard.perTenThousandAxis", null, locale)));
    }

    private static Map<String, Object> satisfactionChart(List<SatisfactionTrend.Month> months) {
        return ChartOption.categories(
                months.stream().map(SatisfactionTrend.Month::month).toList(),
                new ArrayList<>(
                        months.stream().map(SatisfactionTrend.Month::percent).toList()),
                "line",
                Map.of("type", "value", "min", 0, "max", 100, "name", "%"));
    }
}
