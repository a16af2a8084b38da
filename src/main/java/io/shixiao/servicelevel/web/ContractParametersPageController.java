package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration.Editor;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合同参数: the agreement's {@code [例如:N]} per insurer and the bid's {@code XXX个工作日} per scheme.
 * ADMIN sets any party's; a MANAGER only their own insurer's.
 */
@Controller
@RequestMapping("/admin/standards/parameters")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class ContractParametersPageController {

    private final ContractParameterAdministration administration;

    ContractParametersPageController(ContractParameterAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) ContractParty.Type ownerType,
            @RequestParam(required = false) Long ownerId,
            Model model) {
        Editor editor = editor();
        ContractParty party = party(editor, ownerType, ownerId);
        fill(model, editor, party);
        return "servicelevel/standard-parameters";
    }

    @PostMapping
    String save(
            @RequestParam ContractParty.Type ownerType,
            @RequestParam long ownerId,
            @RequestParam String parameter,
            @RequestParam(required = false) Integer amount,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        ContractParty party = new ContractParty(ownerType, ownerId);
        try {
            administration.set(party, parameter, amount, unit, version, editor, Editors.actor());
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            fill(model, editor, party);
            model.addAttribute(
                    "error",
                    e instanceof OptimisticLockingFailureException
                            ? "standards.parameters.stale"
                            : "standards.parameters.invalid");
            model.addAttribute("errorParameter", parameter);
            return "servicelevel/standard-parameters";
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("saved", parameter);
        return "redirect:/admin/standards/parameters?ownerType=" + ownerType + "&ownerId=" + ownerId;
    }

    private void fill(Model model, Editor editor, ContractParty party) {
        List<ContractParameterAdministration.Insurer> insurers = administration.insurers(editor);
        model.addAttribute("admin", editor.admin());
        model.addAttribute("insurers", insurers);
        model.addAttribute(
                "partyName",
                party == null || party.type() != ContractParty.Type.INSURER
                        ? null
                        : insurers.stream()
                                .filter(i -> i.id() == party.id())
                                .map(ContractParameterAdministration.Insurer::shortName)
                                .findFirst()
                                .orElse(null));
        model.addAttribute("units", List.of(PeriodUnit.values()));
        model.addAttribute("ownerTypes", Arrays.asList(ContractParty.Type.values()));
        model.addAttribute("party", party);
        if (party != null) {
            try {
                model.addAttribute("entries", administration.entries(party, editor));
            } catch (NotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
        }
    }

    // A manager lands on their own insurer; an administrator chooses.
    private static ContractParty party(Editor editor, ContractParty.Type ownerType, Long ownerId) {
        if (ownerType != null && ownerId != null) {
            return new ContractParty(ownerType, ownerId);
        }
        return editor.admin() ? null : ContractParty.insurer(editor.insurerId());
    }

    // Checked here as well as by @PreAuthorize: the page must stay closed even where method security
    // is not switched on.
    private static Editor editor() {
        Editor editor = Editors.current();
        if (!editor.mayAdminister()) {
            throw new AccessDeniedException("Contract parameters are set by ADMIN or an insurer's MANAGER");
        }
        return editor;
    }
}
