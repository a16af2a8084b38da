package io.shixiao.organization.web;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.Paged;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.shared.division.Divisions;
import io.shixiao.shared.problem.ConflictException;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * 机构: the insurers in scope and the branch tree of one of them; administrators register, revise and
 * deactivate insurers, and add and deactivate units.
 */
@Controller
@RequestMapping("/organization/insurers")
class InsurerPages {

    private final InsurerService insurers;
    private final OrgUnitService units;
    private final OrganizationAccess access;
    private final Divisions divisions;

    InsurerPages(InsurerService insurers, OrgUnitService units, OrganizationAccess access, Divisions divisions) {
        this.insurers = insurers;
        this.units = units;
        this.access = access;
        this.divisions = divisions;
    }

    @GetMapping
    String insurers(@RequestParam(required = false) Long insurerId, Model model) {
        OrgUnitForm form = new OrgUnitForm();
        form.setInsurerId(insurerId);
        return page(insurerId, form, model);
    }

    private String page(Long insurerId, OrgUnitForm form, Model model) {
        Paged<Insurer> list = insurers.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE));
        model.addAttribute("insurers", list.items());
        Long selected = insurerId != null
                ? insurerId
                : list.items().stream().findFirst().map(Insurer::id).orElse(null);
        if (selected != null) {
            model.addAttribute("selected", insurers.get(selected));
            model.addAttribute("tree", units.tree(selected));
            form.setInsurerId(selected);
            if (access.isAdmin()) {
                model.addAttribute(
                        "parents",
                        units.list(selected, null, true, null, new PageRequest(0, PageRequest.MAX_SIZE))
                                .items());
                model.addAttribute(
                        "levels",
                        Arrays.stream(OrgUnitLevel.values())
                                .filter(l -> l != OrgUnitLevel.HEAD_OFFICE)
                                .toList());
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("admin", access.isAdmin());
        model.addAttribute("divisions", divisions);
        return "organization/insurers";
    }

    @PostMapping("/units")
    String createUnit(
            @Valid @ModelAttribute("form") OrgUnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        OrgUnit created = FormErrors.save(
                binding,
                redirect,
                () -> units.create(
                        form.getInsurerId(),
                        form.getParentId(),
                        form.getLevel(),
                        form.getCode(),
                        form.getName(),
                        form.getDivisionCode()));
        if (created != null) {
            return "redirect:/organization/insurers?insurerId=" + created.insurerId();
        }
        return page(form.getInsurerId(), form, model);
    }

    @PostMapping("/units/{id}/deactivate")
    String deactivateUnit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        OrgUnit unit = units.get(id);
        FlashNotice.savedOrRefused(redirect, () -> units.deactivate(id, version));
        return "redirect:/organization/insurers?insurerId=" + unit.insurerId();
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(Model model) {
        model.addAttribute("form", new InsurerForm());
        return "organization/insurer-form";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("form") InsurerForm form, BindingResult binding, RedirectAttributes redirect) {
        form.checkCreditCode(binding);
        if (!binding.hasErrors()) {
            Insurer created = FormErrors.attempt(
                    binding,
                    () -> insurers.create(
                            form.getCode(),
                            form.getFullName(),
                            form.getShortName(),
                            form.getCreditCode(),
                            form.getHotline()));
            if (created != null) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organization/insurers?insurerId=" + created.id();
            }
        }
        return "organization/insurer-form";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", InsurerForm.of(insurers.get(id)));
        model.addAttribute("insurerId", id);
        return "organization/insurer-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") InsurerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.checkCreditCode(binding);
        if (form.getVersion() == null) {
            binding.reject("stale", "缺少版本号 (version missing)");
        }
        if (!binding.hasErrors()) {
            Insurer saved = FormErrors.attempt(
                    binding,
                    () -> insurers.update(
                            id,
                            form.getVersion(),
                            form.getFullName(),
                            form.getShortName(),
                            form.getCreditCode(),
                            form.getHotline()));
            if (saved != null) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organization/insurers?insurerId=" + id;
            }
        }
        model.addAttribute("insurerId", id);
        return "organization/insurer-form";
    }

    /**
     * Deactivates an insurer; a refusal (active units left, already inactive, a newer version) comes
     * back as a message on the 机构 page rather than an error page.
     */
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            insurers.deactivate(id, version);
            redirect.addFlashAttribute("saved", true);
        } catch (ConflictException e) {
            boolean activeUnits = e.fields().stream().anyMatch(f -> "units".equals(f.field()));
            if (activeUnits) {
                redirect.addFlashAttribute(
                        "activeUnits",
                        units.list(id, null, true, null, new PageRequest(0, 1)).total());
            } else {
                redirect.addFlashAttribute("refused", e.getMessage());
            }
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/organization/insurers?insurerId=" + id;
    }
}
