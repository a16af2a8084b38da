package io.shixiao.organization.web;

import io.shixiao.organization.OutletKind;
import io.shixiao.organization.WeeklyHours;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.OutletRecord;
import io.shixiao.organization.application.OutletService;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.RosterEntry;
import io.shixiao.organization.application.StaffFilter;
import io.shixiao.organization.application.StaffService;
import io.shixiao.organization.domain.DutyAssignment;
import io.shixiao.shared.division.Divisions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网点: the outlets in scope, an outlet's hours and duty roster, and the outlet form. */
@Controller
@RequestMapping("/organization/outlets")
class OutletPages {

    private final OutletService outlets;
    private final OrgUnitService units;
    private final StaffService staff;
    private final OrganizationAccess access;
    private final Divisions divisions;
    private final Clock clock;

    OutletPages(
            OutletService outlets,
            OrgUnitService units,
            StaffService staff,
            OrganizationAccess access,
            Divisions divisions,
            Clock clock) {
        this.outlets = outlets;
        this.units = units;
        this.staff = staff;
        this.access = access;
        this.divisions = divisions;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("outlets", outlets.list(null, null, null, active, q, PageRequest.of(page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("active", active);
        model.addAttribute("divisions", divisions);
        model.addAttribute("mayCreate", access.mayManageSomething());
        return "organization/outlets";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        OutletRecord outlet = outlets.get(id);
        LocalDate today = LocalDate.now(clock);
        List<RosterEntry> roster = outlets.roster(id, today, today.plusMonths(2));
        model.addAttribute("record", outlet);
        model.addAttribute("outlet", outlet.outlet());
        model.addAttribute("week", DayOfWeek.values());
        model.addAttribute("roster", roster);
        model.addAttribute("divisions", divisions);
        boolean mayManage = access.mayManage(outlet.insurerId(), outlet.orgPath());
        model.addAttribute("mayManage", mayManage);
        if (mayManage) {
            model.addAttribute(
                    "dutyStaff",
                    staff.list(
                                    new StaffFilter(outlet.insurerId(), null, null, true, null, null),
                                    new PageRequest(0, PageRequest.MAX_SIZE))
                            .items());
            model.addAttribute("today", today);
        }
        return "organization/outlet";
    }

    /** The form page; {@code outletId} is the record edited, {@code null} for a new one. */
    private String formPage(Model model, Long outletId) {
        if (outletId != null) {
            model.addAttribute("outletId", outletId);
        }
        model.addAttribute("units", ManageableUnits.of(units, access));
        model.addAttribute("kinds", OutletKind.values());
        return "organization/outlet-form";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", OutletForm.blank());
        return formPage(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OutletForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        WeeklyHours hours = form.hours(binding);
        OutletRecord created = FormErrors.save(
                binding,
                redirect,
                () -> outlets.create(
                        form.getOrgUnitId(),
                        form.getName(),
                        form.getAddress(),
                        form.getDivisionCode(),
                        form.getKind(),
                        form.getHotline(),
                        hours));
        if (created != null) {
            return "redirect:/organization/outlets/" + created.outlet().id();
        }
        return formPage(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        OutletForm form = OutletForm.of(outlets.get(id).outlet());
        model.addAttribute("form", form);
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OutletForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        WeeklyHours hours = form.hours(binding);
        FormErrors.requireVersion(form.getVersion(), binding);
        OutletRecord saved = FormErrors.save(
                binding,
                redirect,
                () -> outlets.update(
                        id,
                        form.getVersion(),
                        form.getOrgUnitId(),
                        form.getName(),
                        form.getAddress(),
                        form.getDivisionCode(),
                        form.getKind(),
                        form.getHotline(),
                        hours));
        if (saved != null) {
            return "redirect:/organization/outlets/" + id;
        }
        return formPage(model, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        FlashNotice.savedOrRefused(redirect, () -> outlets.deactivate(id, version));
        return "redirect:/organization/outlets/" + id;
    }

    /** Who is on duty at the outlet on {@code date} besides {@code staffId}, as a list the caller may extend. */
    private List<DutyAssignment> othersOnDuty(long id, LocalDate date, long staffId) {
        List<DutyAssignment> others = new ArrayList<>();
        for (RosterEntry entry : outlets.roster(id, date, date)) {
            if (entry.staffId() != staffId) {
                others.add(new DutyAssignment(date, entry.staffId(), entry.note()));
            }
        }
        return others;
    }

    /** Puts one staff member on duty on a date, next to whoever is already on duty that day. */
    @PostMapping("/{id}/duty")
    String addDuty(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam long staffId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        List<DutyAssignment> onDate = othersOnDuty(id, date, staffId);
        onDate.add(new DutyAssignment(date, staffId, note == null || note.isBlank() ? null : note.strip()));
        try {
            outlets.assignDuty(id, date, onDate);
            redirect.addFlashAttribute("saved", true);
        } catch (io.shixiao.shared.problem.InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/organization/outlets/" + id;
    }

    /** Takes one staff member off duty on a date. */
    @PostMapping("/{id}/duty/remove")
    String removeDuty(
            @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam long staffId,
            RedirectAttributes redirect) {
        outlets.assignDuty(id, date, othersOnDuty(id, date, staffId));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organization/outlets/" + id;
    }
}
