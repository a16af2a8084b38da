package io.shixiao.organization.web;

import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.ZoneRecord;
import io.shixiao.organization.application.ZoneService;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.division.Divisions;
import jakarta.validation.Valid;
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

/** 区域: the zones in scope, a lookup "which kind of zone is this place", and the zone form. */
@Controller
@RequestMapping("/organization/zones")
class ZonePages {

    private final ZoneService zones;
    private final InsurerService insurers;
    private final OrgUnitService units;
    private final OrganizationAccess access;
    private final Divisions divisions;

    ZonePages(
            ZoneService zones,
            InsurerService insurers,
            OrgUnitService units,
            OrganizationAccess access,
            Divisions divisions) {
        this.zones = zones;
        this.insurers = insurers;
        this.units = units;
        this.access = access;
        this.divisions = divisions;
    }

    @GetMapping
    String zones(
            @RequestParam(required = false) Long insurerId,
            @RequestParam(required = false) ZoneKind kind,
            @RequestParam(required = false) String division,
            Model model) {
        model.addAttribute(
                "zones",
                zones.list(insurerId, kind, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute(
                "insurers",
                insurers.list(null, true, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("kinds", ZoneKind.values());
        model.addAttribute("insurerId", insurerId);
        model.addAttribute("kind", kind);
        model.addAttribute("division", division);
        model.addAttribute("divisions", divisions);
        model.addAttribute("mayCreate", access.mayManageSomething());
        if (insurerId != null && division != null && !division.isBlank()) {
            if (DivisionCode.isValid(division.strip())) {
                model.addAttribute("lookupName", divisions.fullName(division.strip()));
                model.addAttribute(
                        "lookup", zones.lookup(insurerId, division.strip()).orElse(null));
                model.addAttribute("looked", true);
            } else {
                model.addAttribute("lookupError", true);
            }
        }
        return "organization/zones";
    }

    /** The form page; {@code zoneId} is the record edited, {@code null} for a new one. */
    private String formPage(Model model, Long zoneId) {
        if (zoneId != null) {
            model.addAttribute("zoneId", zoneId);
        }
        model.addAttribute("units", ManageableUnits.of(units, access));
        model.addAttribute("kinds", ZoneKind.values());
        return "organization/zone-form";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new ZoneForm());
        return formPage(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ZoneForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ZoneRecord created = FormErrors.save(
                binding,
                redirect,
                () -> zones.create(form.getOrgUnitId(), form.getName(), form.getKind(), form.codes()));
        if (created != null) {
            return "redirect:/organization/zones";
        }
        return formPage(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", ZoneForm.of(zones.get(id).zone()));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ZoneForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireVersion(form.getVersion(), binding);
        ZoneRecord saved = FormErrors.save(
                binding,
                redirect,
                () -> zones.update(
                        id, form.getVersion(), form.getOrgUnitId(), form.getName(), form.getKind(), form.codes()));
        if (saved != null) {
            return "redirect:/organization/zones";
        }
        return formPage(model, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        FlashNotice.savedOrRefused(redirect, () -> zones.deactivate(id, version));
        return "redirect:/organization/zones";
    }
}
