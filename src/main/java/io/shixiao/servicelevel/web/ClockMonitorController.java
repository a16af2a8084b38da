package io.shixiao.servicelevel.web;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.CountView;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.clock.ClockBoard;
import io.shixiao.servicelevel.clock.ClockTimeline;
import io.shixiao.servicelevel.clock.ComplianceStatistics;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.ChartOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 时效监控: the live board, a case's clock timeline, breach acknowledgement, and 达标统计. */
@Controller
class ClockMonitorController {

    private final ClockBoard board;
    private final ServiceClocks clocks;
    private final ClockTimeline timelines;
    private final StandardCatalog standards;
    private final ComplianceStatistics statistics;
    private final Clock clock;
    private final MessageSource messages;
    private final OrganizationDirectory organization;

    ClockMonitorController(
            ClockBoard board,
            ServiceClocks clocks,
            ClockTimeline timelines,
            StandardCatalog standards,
            ComplianceStatistics statistics,
            Clock clock,
            MessageSource messages,
            OrganizationDirectory organization) {
        this.board = board;
        this.clocks = clocks;
        this.timelines = timelines;
        this.standards = standards;
        this.statistics = statistics;
        this.clock = clock;
        this.messages = messages;
        this.organization = organization;
    }

    /** The units the user may filter by, and the names that stand for unit ids on these pages. */
    @ModelAttribute("units")
    List<OrgUnitView> units() {
        return organization.units(ClockAccess.scope());
    }

    @ModelAttribute("unitNames")
    Map<Long, String> unitNames(@ModelAttribute("units") List<OrgUnitView> units) {
        Map<Long, String> names = new HashMap<>();
        units.forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    @GetMapping("/service-levels/monitor")
    String monitor(
            @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) Long assignee,
            Model model) {
        model.addAttribute(
                "standards",
                standards.all().stream()
                        .filter(s -> s.kind() == ServiceStandard.Kind.CLOCK)
                        .map(ServiceStandard::code)
                        .distinct()
                        .sorted()
                        .map(code -> standards.current(code).orElseThrow())
                        .toList());
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("standard", standard);
        model.addAttribute("assignee", assignee);
        fillBoard(orgUnit, standard, assignee, model);
        model.addAttribute("escalations", board.escalations(ClockAccess.scope(), 20));
        return "servicelevel/monitor";
    }

    @GetMapping("/service-levels/monitor/board")
    String boardFragment(
            @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) Long assignee,
            Model model) {
        fillBoard(orgUnit, standard, assignee, model);
        return "servicelevel/monitor :: board";
    }

    private void fillBoard(Long orgUnit, String standard, Long assignee, Model model) {
        model.addAttribute(
                "board",
                board.board(
                        ClockAccess.scope(),
                        new ClockBoard.Filter(
                                orgUnit, standard == null || standard.isBlank() ? null : standard, assignee)));
        model.addAttribute("titles", titles());
    }

    @GetMapping("/service-levels/cases/{caseType}/{caseId}")
    String caseClocks(
            @PathVariable String caseType,
            @PathVariable String caseId,
            @RequestParam(required = false) Long insurer,
            Model model) {
        CaseRef ref = caseRefOrNotFound(caseType, caseId, insurer);
        List<ClockView> visible = ClockAccess.visible(clocks.clocksOf(ref));
        List<CountView> counts = clocks.deadlinesOf(ref).counts();
        if (visible.isEmpty() && counts.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<ClockTimeline.Detail> details = new ArrayList<>();
        visible.forEach(c -> timelines.detail(c.id()).ifPresent(details::add));
        model.addAttribute("caseRef", ref);
        model.addAttribute("details", details);
        model.addAttribute("counts", visible.isEmpty() ? List.of() : counts);
        model.addAttribute("now", clock.instant());
        model.addAttribute("canAcknowledge", ClockAccess.has(Role.MANAGER));
        model.addAttribute("canVoid", ClockAccess.has(Role.ADMIN));
        return "servicelevel/case";
    }

    @PostMapping("/service-levels/clocks/{id}/acknowledgement")
    @PreAuthorize("hasRole('MANAGER')")
    String acknowledge(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        ClockView target = visibleClock(id);
        if (!ClockAccess.has(Role.MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String trimmed = reason.trim();
        if (trimmed.isEmpty() || trimmed.length() > 500) {
            redirect.addFlashAttribute("error", "clocks.acknowledge.reasonRequired");
        } else {
            try {
                clocks.acknowledgeBreach(id, trimmed, ClockAccess.user().username());
                redirect.addFlashAttribute("message", "clocks.acknowledge.done");
            } catch (ConflictException refused) {
                redirect.addFlashAttribute("error", "clocks.acknowledge.refused");
            }
        }
        return redirectToCase(target, redirect);
    }

    @PostMapping("/service-levels/clocks/{id}/void")
    @PreAuthorize("hasRole('ADMIN')")
    String voidClock(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        ClockView target = visibleClock(id);
        String trimmed = reason.trim();
        if (trimmed.isEmpty() || trimmed.length() > 500) {
            redirect.addFlashAttribute("error", "clocks.void.reasonRequired");
        } else {
            try {
                clocks.voidClock(id, trimmed, ClockAccess.user().username());
                redirect.addFlashAttribute("message", "clocks.void.done");
            } catch (ConflictException refused) {
                redirect.addFlashAttribute("error", "clocks.void.refused");
            }
        }
        return redirectToCase(target, redirect);
    }

    private ClockView visibleClock(UUID id) {
        return clocks.find(id)
                .filter(c -> ClockAccess.scope().seesRecords() && ClockAccess.canSee(c))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    // The case id follows CaseRef's grammar, so the path is always well-formed; it travels as a
    // template variable, encoded by the view, never concatenated into the URL.
    private static String redirectToCase(ClockView target, RedirectAttributes redirect) {
        redirect.addAttribute("type", target.caseRef().type().name());
        redirect.addAttribute("id", target.caseRef().id());
        redirect.addAttribute("insurer", target.caseRef().insurerId());
        return "redirect:/service-levels/cases/{type}/{id}";
    }

    private static CaseRef caseRefOrNotFound(String caseType, String caseId, Long insurer) {
        try {
            return ClockAccess.caseRef(caseType, caseId, insurer);
        } catch (RuntimeException notACase) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/service-levels/compliance")
    String compliance(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) Long orgUnit,
            @RequestParam(defaultValue = "month") String period,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.minusMonths(3).withDayOfMonth(1) : from;
        LocalDate end = to == null ? today : to;
        ComplianceStatistics.Period grouping;
        try {
            grouping = CompliancePeriods.parse(start, end, period);
        } catch (RuntimeException invalid) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, invalid.getMessage());
        }
        List<ComplianceStatistics.Line> lines = statistics.compliance(
                ClockAccess.scope(),
                start,
                end,
                standard == null || standard.isBlank() ? null : standard,
                orgUnit,
                grouping);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("standard", standard);
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("period", grouping.name().toLowerCase());
        model.addAttribute("lines", lines);
        model.addAttribute(
                "standards",
                standards.all().stream()
                        .map(ServiceStandard::code)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("titles", titles());
        model.addAttribute("chartOption", complianceChart(lines));
        return "servicelevel/compliance";
    }

    private Map<String, String> titles() {
        return standards.all().stream()
                .collect(Collectors.toMap(ServiceStandard::code, ServiceStandard::title, (a, b) -> a));
    }

    /** Met and breached clocks per line as stacked bars, the on-time rate as a line on a percent axis. */
    private String complianceChart(List<ComplianceStatistics.Line> lines) {
        Locale locale = LocaleContextHolder.getLocale();
        String met = messages.getMessage("clocks.col.met", null, locale);
        String breached = messages.getMessage("clocks.col.breached", null, locale);
        String rate = messages.getMessage("clocks.col.onTimeRate", null, locale);
        List<String> labels = lines.stream()
                .map(l -> l.standardCode() + " · " + unitName(l.orgUnitId()) + " · " + l.period())
                .toList();
        List<Double> rates = lines.stream()
                .map(l -> l.onTimeRate() == null ? null : Math.round(l.onTimeRate() * 1000) / 10.0)
                .toList();
        return ChartOption.json(Map.of(
                "animation", false,
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of(met, breached, rate)),
                "grid", Map.of("containLabel", true, "left", 8, "right", 8, "bottom", 8),
                "xAxis", Map.of("type", "category", "data", labels, "axisLabel", Map.of("rotate", 30)),
                "yAxis",
                        List.of(
                                Map.of("type", "value"),
                                Map.of(
                                        "type",
                                        "value",
                                        "min",
                                        0,
                                        "max",
                                        100,
                                        "axisLabel",
                                        Map.of("formatter", "{value}%"))),
                "series",
                        List.of(
                                Map.of(
                                        "name",
                                        met,
                                        "type",
                                        "bar",
                                        "stack",
                                        "n",
                                        "data",
                                        lines.stream()
                                                .map(ComplianceStatistics.Line::met)
                                                .toList()),
                                Map.of(
                                        "name",
                                        breached,
                                        "type",
                                        "bar",
                                        "stack",
                                        "n",
                                        "itemStyle",
                                        Map.of("color", "#c0392b"),
                                        "data",
                                        lines.stream()
                                                .map(ComplianceStatistics.Line::breached)
                                                .toList()),
                                Map.of("name", rate, "type", "line", "yAxisIndex", 1, "data", rates))));
    }

    private String unitName(long orgUnitId) {
        return organization.unit(orgUnitId).map(OrgUnitView::name).orElse("#" + orgUnitId);
    }
}
