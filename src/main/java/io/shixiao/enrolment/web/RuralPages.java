package io.shixiao.enrolment.web;

import io.shixiao.enrolment.application.CountyReports;
import io.shixiao.enrolment.application.HouseClaims;
import io.shixiao.enrolment.application.HouseholdImports;
import io.shixiao.enrolment.application.HouseholdVouchers;
import io.shixiao.enrolment.application.Households;
import io.shixiao.enrolment.application.ImportReport;
import io.shixiao.enrolment.application.Ledger;
import io.shixiao.enrolment.application.LedgerLine;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.SchemeAccess;
import io.shixiao.enrolment.application.SchemeRenewals;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.enrolment.domain.HouseStructure;
import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.ImportColumn;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.web.ChartOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 农房保险 pages: the schemes in scope, a scheme's coverage dashboard (township/village tree, charts,
 * ledger), a village's households with enrolment one by one, the household form (phone-sized), the
 * import with its progress and report, the claims, and the county report with its Excel and PDF.
 */
@Controller
@RequestMapping("/rural")
@PreAuthorize(Access.READERS)
class RuralPages {

    private final Schemes schemes;
    private final Ledger ledger;
    private final Households households;
    private final HouseholdImports imports;
    private final HouseClaims claims;
    private final CountyReports reports;
    private final SchemeRenewals renewals;
    private final HouseholdVouchers vouchers;
    private final Clock clock;

    RuralPages(
            Schemes schemes,
            Ledger ledger,
            Households households,
            HouseholdImports imports,
            HouseClaims claims,
            CountyReports reports,
            SchemeRenewals renewals,
            HouseholdVouchers vouchers,
            Clock clock) {
        this.vouchers = vouchers;
        this.schemes = schemes;
        this.ledger = ledger;
        this.households = households;
        this.imports = imports;
        this.claims = claims;
        this.reports = reports;
        this.renewals = renewals;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        List<Scheme> visible = schemes.visible(CurrentUser.scope());
        if (visible.size() == 1) {
            return "redirect:/rural/schemes/" + visible.get(0).id();
        }
        model.addAttribute("schemes", visible);
        return "enrolment/schemes";
    }

    @GetMapping("/schemes/{schemeId}")
    String dashboard(@PathVariable long schemeId, Model model) {
        Ledger.CountyLedger county = ledger.of(schemeId, CurrentUser.scope());
        model.addAttribute("county", county);
        model.addAttribute("scheme", county.scheme());
        model.addAttribute("mayWork", SchemeAccess.canWork(county.scheme(), CurrentUser.get()));
        model.addAttribute("mayRenew", CurrentUser.get().has(io.shixiao.shared.security.Role.ADMIN));
        model.addAttribute("limits", schemes.serviceLimits(schemeId));
        model.addAttribute("townChart", ChartOption.json(townChart(county)));
        model.addAttribute("moneyChart", ChartOption.json(moneyChart(county.total())));
        return "enrolment/dashboard";
    }

    /** 续保: the administrator carries the scheme's households into the next year (idempotent). */
    @PostMapping("/schemes/{schemeId}/renewal")
    @PreAuthorize("hasRole('ADMIN')")
    String renew(@PathVariable long schemeId, RedirectAttributes redirect) {
        SchemeRenewals.Renewal renewal = renewals.renew(schemeId, CurrentUser.scope(), CurrentUser.actor());
        redirect.addFlashAttribute("notice", "rural.renewal.done");
        redirect.addFlashAttribute(
                "renewed", renewal.scheme().year() + "：" + renewal.households() + " / " + renewal.enrolled());
        return "redirect:/rural/schemes/" + renewal.scheme().id();
    }

    @GetMapping("/schemes/{schemeId}/villages/{villageCode}")
    String village(@PathVariable long schemeId, @PathVariable String villageCode, Model model) {
        Scheme scheme = schemes.visible(schemeId, CurrentUser.scope());
        if (!schemes.villageCodes(scheme).contains(villageCode)) {
            throw new io.shixiao.shared.problem.NotFoundException("Village", villageCode);
        }
        model.addAttribute("scheme", scheme);
        model.addAttribute("villageCode", villageCode);
        model.addAttribute("villageName", schemes.divisionName(villageCode));
        model.addAttribute("households", households.ofVillage(schemeId, villageCode, CurrentUser.get(), 500));
        model.addAttribute("mayWork", SchemeAccess.canWork(scheme, CurrentUser.get()));
        model.addAttribute("reasons", DeclineReason.values());
        return "enrolment/village";
    }

    /** 保险凭证 (R16): the enrolled household's contract copy and payment voucher, to print for the farmer. */
    @GetMapping("/households/{householdId}/voucher.pdf")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<byte[]> voucher(@PathVariable long householdId) {
        return RuralHousingApi.download(
                vouchers.pdf(householdId, CurrentUser.get()),
                "voucher-" + householdId + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    @PostMapping("/households/{householdId}/{action}")
    @PreAuthorize(Access.WORKERS)
    String householdAction(
            @PathVariable long householdId,
            @PathVariable String action,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) DeclineReason reason,
            RedirectAttributes redirect) {
        var household = households.visible(householdId, CurrentUser.get());
        if (version == null) {
            throw new InvalidInputException("version", "required");
        }
        try {
            switch (action) {
                case "enrol" -> households.enrol(householdId, version, CurrentUser.get());
                case "decline" -> {
                    if (reason == null) {
                        throw new InvalidInputException("reason", "required");
                    }
                    households.decline(householdId, reason, version, CurrentUser.get());
                }
                case "payment" -> households.recordPayment(householdId, version, CurrentUser.get());
                default -> throw new InvalidInputException("action", "one of enrol, decline, payment");
            }
            redirect.addFlashAttribute("notice", "rural.saved");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rural/schemes/" + household.schemeId() + "/villages/" + household.villageCode();
    }

    @GetMapping("/schemes/{schemeId}/households/new")
    @PreAuthorize(Access.WORKERS)
    String newHousehold(@PathVariable long schemeId, @RequestParam(required = false) String villageCode, Model model) {
        Scheme scheme = schemes.visible(schemeId, CurrentUser.scope());
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        if (villageCode != null) {
            values.put(ImportColumn.VILLAGE_CODE, villageCode);
        }
        return form(scheme, values, null, null, model);
    }

    @PostMapping("/schemes/{schemeId}/households")
    @PreAuthorize(Access.WORKERS)
    String register(
            @PathVariable long schemeId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Scheme scheme = schemes.visible(schemeId, CurrentUser.scope());
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        for (ImportColumn column : ImportColumn.values()) {
            String value = params.get(column.name());
            if (value != null && value.length() <= 500) {
                values.put(column, value);
            }
        }
        DeclineReason declined = null;
        String reason = params.get("declined");
        if (reason != null && !reason.isBlank()) {
            try {
                declined = DeclineReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                return form(scheme, values, "declined", "未参保原因无效", model);
            }
        }
        try {
            var created = households.register(schemeId, values, declined, CurrentUser.get());
            redirect.addFlashAttribute("notice", "rural.household.registered");
            redirect.addFlashAttribute("created", created.policyNo());
            return "redirect:/rural/schemes/" + schemeId + "/villages/" + created.villageCode();
        } catch (InvalidInputException e) {
            return form(
                    scheme,
                    values,
                    e.fields().isEmpty() ? null : e.fields().get(0).field(),
                    e.getMessage(),
                    model);
        } catch (ConflictException e) {
            return form(
                    scheme,
                    values,
                    e.fields().isEmpty() ? null : e.fields().get(0).field(),
                    e.getMessage(),
                    model);
        }
    }

    private String form(
            Scheme scheme,
            Map<ImportColumn, String> values,
            @org.jspecify.annotations.Nullable String field,
            @org.jspecify.annotations.Nullable String error,
            Model model) {
        Map<String, String> byName = new LinkedHashMap<>();
        values.forEach((k, v) -> byName.put(k.name(), v));
        model.addAttribute("scheme", scheme);
        model.addAttribute("values", byName);
        model.addAttribute("errorField", field);
        model.addAttribute("error", error);
        model.addAttribute("towns", villagesByTown(schemes, scheme));
        model.addAttribute("structures", HouseStructure.values());
        model.addAttribute("categories", HouseholdCategory.values());
        model.addAttribute("reasons", DeclineReason.values());
        return "enrolment/household-form";
    }

    /** The scheme's villages by township name, in code order, for a village picker. */
    static Map<String, List<io.shixiao.shared.division.Division>> villagesByTown(Schemes schemes, Scheme scheme) {
        Map<String, List<io.shixiao.shared.division.Division>> towns = new LinkedHashMap<>();
        var villages = schemes.villages(scheme);
        for (var town : schemes.towns(scheme)) {
            towns.put(
                    town.name(),
                    villages.values().stream()
                            .filter(v -> town.code().equals(v.parentCode()))
                            .sorted((a, b) -> a.code().compareTo(b.code()))
                            .toList());
        }
        return towns;
    }

    @GetMapping("/schemes/{schemeId}/imports")
    @PreAuthorize(Access.WORKERS)
    String importForm(@PathVariable long schemeId, Model model) {
        model.addAttribute("scheme", schemes.visible(schemeId, CurrentUser.scope()));
        return "enrolment/import";
    }

    @PostMapping("/schemes/{schemeId}/imports")
    @PreAuthorize(Access.WORKERS)
    String upload(
            @PathVariable long schemeId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) {
        Scheme scheme = schemes.visible(schemeId, CurrentUser.scope());
        if (file == null || file.isEmpty()) {
            model.addAttribute("scheme", scheme);
            model.addAttribute("error", "请选择 .xlsx 文件");
            return "enrolment/import";
        }
        try {
            UUID id = imports.start(schemeId, file.getOriginalFilename(), file.getInputStream(), CurrentUser.get());
            return "redirect:/rural/schemes/" + schemeId + "/imports/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("scheme", scheme);
            model.addAttribute("error", e.getMessage());
            return "enrolment/import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/schemes/{schemeId}/imports/{importId}")
    @PreAuthorize(Access.WORKERS)
    String importReport(
            @PathVariable long schemeId,
            @PathVariable UUID importId,
            @RequestParam(required = false) String fragment,
            Model model) {
        ImportReport report = imports.report(importId, CurrentUser.get());
        if (report.schemeId() != schemeId) {
            throw new io.shixiao.shared.problem.NotFoundException("Import", importId);
        }
        model.addAttribute("scheme", schemes.visible(schemeId, CurrentUser.scope()));
        model.addAttribute("report", report);
        return fragment != null ? "enrolment/import-report :: progress" : "enrolment/import-report";
    }

    @GetMapping("/schemes/{schemeId}/imports/{importId}/rejected.xlsx")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<byte[]> rejected(@PathVariable long schemeId, @PathVariable UUID importId) {
        ImportReport report = imports.report(importId, CurrentUser.get());
        if (report.schemeId() != schemeId) {
            throw new io.shixiao.shared.problem.NotFoundException("Import", importId);
        }
        return RuralHousingApi.download(
                Workbooks.rejected(imports.rejectedRows(importId, CurrentUser.get())),
                "rejected-rows.xlsx",
                RuralHousingApi.XLSX);
    }

    @GetMapping("/household-template.xlsx")
    ResponseEntity<byte[]> template() {
        return RuralHousingApi.download(Workbooks.template(), "household-template.xlsx", RuralHousingApi.XLSX);
    }

    @GetMapping("/schemes/{schemeId}/claims")
    String claims(@PathVariable long schemeId, Model model) {
        Scheme scheme = schemes.visible(schemeId, CurrentUser.scope());
        model.addAttribute("scheme", scheme);
        model.addAttribute("claims", claims.ofScheme(schemeId, null, CurrentUser.get(), 200));
        model.addAttribute("mayWork", SchemeAccess.canWork(scheme, CurrentUser.get()));
        return "enrolment/claims";
    }

    @GetMapping("/schemes/{schemeId}/reports")
    String reportPage(@PathVariable long schemeId, @RequestParam(required = false) String period, Model model) {
        Scheme scheme = schemes.visible(schemeId, CurrentUser.scope());
        CountyReports.Period p;
        try {
            p = CountyReports.Period.parse(period, clock);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
            p = CountyReports.Period.parse(null, clock);
            period = null;
        }
        model.addAttribute("scheme", scheme);
        model.addAttribute("period", p);
        model.addAttribute("periodParam", period == null ? "" : period);
        model.addAttribute("tables", reports.tables(schemeId, p, CurrentUser.scope()));
        return "enrolment/reports";
    }

    @GetMapping("/schemes/{schemeId}/reports/county.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long schemeId, @RequestParam(required = false) String period) {
        CountyReports.Period p = CountyReports.Period.parse(period, clock);
        return RuralHousingApi.download(
                reports.workbook(schemeId, p, CurrentUser.scope()), "county-report.xlsx", RuralHousingApi.XLSX);
    }

    @GetMapping("/schemes/{schemeId}/reports/county.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long schemeId, @RequestParam(required = false) String period) {
        CountyReports.Period p = CountyReports.Period.parse(period, clock);
        return RuralHousingApi.download(
                reports.pdf(schemeId, p, CurrentUser.scope(), Locale.SIMPLIFIED_CHINESE),
                "county-report.pdf",
                MediaType.APPLICATION_PDF);
    }

    private static Map<String, Object> townChart(Ledger.CountyLedger county) {
        List<String> names = new ArrayList<>();
        List<Long> registered = new ArrayList<>();
        List<Long> enrolled = new ArrayList<>();
        for (Ledger.TownLedger town : county.towns()) {
            names.add(town.total().name());
            registered.add(town.total().registered());
            enrolled.add(town.total().enrolled());
        }
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of("应保户数", "参保户数")),
                "grid", Map.of("left", 90, "right", 16, "top", 30, "bottom", 20),
                "xAxis", Map.of("type", "value"),
                "yAxis", Map.of("type", "category", "data", names, "inverse", true, "axisLabel", Map.of("interval", 0)),
                "series",
                        List.of(
                                Map.of("name", "应保户数", "type", "bar", "data", registered),
                                Map.of("name", "参保户数", "type", "bar", "data", enrolled)));
    }

    private static Map<String, Object> moneyChart(LedgerLine total) {
        List<Map<String, Object>> parts = new ArrayList<>();
        parts.add(Map.of("name", "农户自缴", "value", total.farmer() / 100.0));
        parts.add(Map.of("name", "中央财政", "value", total.central() / 100.0));
        parts.add(Map.of("name", "省级财政", "value", total.province() / 100.0));
        parts.add(Map.of("name", "县级财政", "value", total.county() / 100.0));
        parts.add(Map.of("name", "自愿补缴", "value", total.topUp() / 100.0));
        return Map.of(
                "tooltip", Map.of("trigger", "item"),
                "legend", Map.of("bottom", 0),
                "series", List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "data", parts)));
    }
}
