package io.shixiao.organization.web;

import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.StaffExport;
import io.shixiao.organization.application.StaffFilter;
import io.shixiao.organization.application.StaffRecord;
import io.shixiao.organization.application.StaffService;
import io.shixiao.organization.domain.Qualification;
import io.shixiao.shared.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

/** 员工: the staff list with filters, the staff form, the audited mobile reveal and the Excel export. */
@Controller
@RequestMapping("/organization/staff")
class StaffPages {

    private final StaffService staff;
    private final OrgUnitService units;
    private final OrganizationAccess access;
    private final StaffExport export;
    private final Clock clock;

    StaffPages(StaffService staff, OrgUnitService units, OrganizationAccess access, StaffExport export, Clock clock) {
        this.staff = staff;
        this.units = units;
        this.access = access;
        this.export = export;
        this.clock = clock;
    }

    private static List<Role> insurerRoles() {
        return Arrays.stream(Role.values()).filter(Role::isInsurerStaff).toList();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute(
                "staff", staff.list(new StaffFilter(null, orgUnitId, role, active, q, null), PageRequest.of(page, 50)));
        model.addAttribute(
                "units",
                units.list(null, null, null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("roles", insurerRoles());
        model.addAttribute("q", q);
        model.addAttribute("orgUnitId", orgUnitId);
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayCreate", access.mayManageSomething());
        return "organization/staff";
    }

    @GetMapping("/export.xlsx")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean active,
            HttpServletResponse response)
            throws IOException {
        StaffApi.writeExport(export, new StaffFilter(null, orgUnitId, role, active, q, null), response);
    }

    /** The htmx "显示" action: the unmasked mobile as a fragment; recorded as a view of personal data (so a POST). */
    @PostMapping("/{id}/mobile")
    String mobile(@PathVariable long id, Model model) {
        model.addAttribute("mobile", staff.revealMobile(id));
        return "organization/staff :: mobile";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        StaffRecord record = staff.get(id);
        model.addAttribute("record", record);
        model.addAttribute("member", record.staff());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayManage", access.mayManage(record.staff().insurerId(), record.orgPath()));
        return "organization/staff-detail";
    }

    /** The form page; {@code staffId} is the record edited, {@code null} for a new one. */
    private String formPage(Model model, Long staffId) {
        if (staffId != null) {
            model.addAttribute("staffId", staffId);
        }
        model.addAttribute("units", ManageableUnits.of(units, access));
        model.addAttribute("roles", insurerRoles());
        return "organization/staff-form";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", StaffForm.blank());
        return formPage(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        List<Qualification> qualifications = form.qualifications(binding);
        if (form.getMobile() == null || form.getMobile().isBlank()) {
            binding.rejectValue("mobile", "required", "必填 (required)");
        }
        StaffRecord created = FormErrors.save(
                binding,
                redirect,
                () -> staff.create(
                        form.getOrgUnitId(),
                        form.getName(),
                        form.getEmployeeNo(),
                        form.getMobile(),
                        form.getRoles(),
                        qualifications,
                        form.getAssociationCertificateNo()));
        if (created != null) {
            return "redirect:/organization/staff/" + created.staff().id();
        }
        return formPage(model, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", StaffForm.of(staff.get(id).staff()));
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        List<Qualification> qualifications = form.qualifications(binding);
        FormErrors.requireVersion(form.getVersion(), binding);
        StaffRecord saved = FormErrors.save(binding, redirect, () -> {
            StaffRecord current = staff.get(id);
            // An empty mobile keeps the stored number: the form never carries it.
            String mobile = form.getMobile() == null || form.getMobile().isBlank()
                    ? current.staff().mobile().value()
                    : form.getMobile();
            return staff.update(
                    id,
                    form.getVersion(),
                    form.getOrgUnitId(),
                    form.getName(),
                    form.getEmployeeNo(),
                    mobile,
                    form.getRoles(),
                    qualifications,
                    form.getAssociationCertificateNo());
        });
        if (saved != null) {
            return "redirect:/organization/staff/" + id;
        }
        return formPage(model, id);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        FlashNotice.savedOrRefused(redirect, () -> staff.deactivate(id, version));
        return "redirect:/organization/staff/" + id;
    }
}
