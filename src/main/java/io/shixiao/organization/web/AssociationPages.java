package io.shixiao.organization.web;

import io.shixiao.organization.application.AssociationService;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.domain.Association;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.shared.division.Divisions;
import io.shixiao.shared.security.DataScope;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行业协会: associations with their members; member counts and the certificate registry for the
 * association itself. Administrators found and revise associations and admit and release members.
 */
@Controller
@RequestMapping("/organization/associations")
class AssociationPages {

    private static final String MISSING_VERSION = "缺少版本号 (version missing)";

    private final AssociationService associations;
    private final InsurerService insurers;
    private final OrganizationAccess access;
    private final Divisions divisions;
    private final Clock clock;

    AssociationPages(
            AssociationService associations,
            InsurerService insurers,
            OrganizationAccess access,
            Divisions divisions,
            Clock clock) {
        this.associations = associations;
        this.insurers = insurers;
        this.access = access;
        this.divisions = divisions;
        this.clock = clock;
    }

    @GetMapping
    String associations(Model model) {
        model.addAttribute(
                "associations",
                associations
                        .list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("names", associations);
        model.addAttribute("divisions", divisions);
        DataScope scope = access.scope();
        model.addAttribute("inspectable", scope.isPlatform() ? null : scope.associationId());
        model.addAttribute("platform", scope.isPlatform());
        model.addAttribute("admin", access.isAdmin());
        return "organization/associations";
    }

    @GetMapping("/{id}")
    String association(
            @PathVariable long id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        return detail(id, q, page, model);
    }

    private String detail(long id, String q, Integer page, Model model) {
        Association association = associations.get(id);
        model.addAttribute("association", association);
        model.addAttribute("names", associations);
        model.addAttribute("divisions", divisions);
        model.addAttribute("statistics", associations.statistics(id));
        model.addAttribute("certificates", associations.certificateRegistry(id, q, PageRequest.of(page, 50)));
        model.addAttribute("q", q);
        boolean admin = access.isAdmin();
        model.addAttribute("admin", admin);
        if (admin) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("today", today);
            List<Insurer> candidates =
                    insurers.list(null, true, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                            .filter(i -> !association.isMember(i.id()))
                            .toList();
            model.addAttribute("candidates", candidates);
            if (!model.containsAttribute("memberForm")) {
                model.addAttribute("memberForm", MembershipForm.at(association.version(), today));
            }
            if (!model.containsAttribute("leaveForm")) {
                model.addAttribute("leaveForm", MembershipForm.at(association.version(), today));
            }
        }
        return "organization/association";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(Model model) {
        model.addAttribute("form", new AssociationForm());
        return "organization/association-form";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") AssociationForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            Association created = FormErrors.attempt(
                    binding, () -> associations.create(form.getCode(), form.getName(), form.getDivisionCode()));
            if (created != null) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organization/associations/" + created.id();
            }
        }
        return "organization/association-form";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", AssociationForm.of(associations.get(id)));
        model.addAttribute("associationId", id);
        return "organization/association-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AssociationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.getVersion() == null) {
            binding.reject("stale", MISSING_VERSION);
        }
        if (!binding.hasErrors()) {
            Association saved = FormErrors.attempt(
                    binding, () -> associations.update(id, form.getVersion(), form.getName(), form.getDivisionCode()));
            if (saved != null) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organization/associations/" + id;
            }
        }
        model.addAttribute("associationId", id);
        return "organization/association-form";
    }

    /** An insurer joins the association on a date. */
    @PostMapping("/{id}/members")
    @PreAuthorize("hasRole('ADMIN')")
    String admit(
            @PathVariable long id,
            @Validated(MembershipForm.Admitting.class) @ModelAttribute("memberForm") MembershipForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.getVersion() == null) {
            binding.reject("stale", MISSING_VERSION);
        }
        if (!binding.hasErrors()) {
            Association saved = FormErrors.attempt(
                    binding, () -> associations.admit(id, form.getVersion(), form.getInsurerId(), form.getJoinedOn()));
            if (saved != null) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organization/associations/" + id;
            }
        }
        // The refused form stays visible even when no insurer is left to admit.
        model.addAttribute("admitting", true);
        return detail(id, null, null, model);
    }

    /** A member insurer leaves the association on a date. */
    @PostMapping("/{id}/members/{insurerId}/leave")
    @PreAuthorize("hasRole('ADMIN')")
    String leave(
            @PathVariable long id,
            @PathVariable long insurerId,
            @Validated(MembershipForm.Leaving.class) @ModelAttribute("leaveForm") MembershipForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.getVersion() == null) {
            binding.reject("stale", MISSING_VERSION);
        }
        if (!binding.hasErrors()) {
            Association saved = FormErrors.attempt(
                    binding, () -> associations.release(id, form.getVersion(), insurerId, form.getLeftOn()));
            if (saved != null) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organization/associations/" + id;
            }
        }
        model.addAttribute("leaving", insurerId);
        return detail(id, null, null, model);
    }
}
